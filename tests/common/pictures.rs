//! Test pictures made on the spot (no downloaded photos): a phone-like JPEG with EXIF (GPS
//! position, camera serial, orientation), XMP and a comment, small PNGs, and a reader that
//! lists whatever metadata a published image still carries.
#![allow(dead_code)]

use exif::experimental::Writer;
use exif::{Field, In, Rational, Tag, Value};
use terang_pixels::Pixels;

/// A deterministic picture with detail (gradients and a little noise), so it compresses
/// like a photo rather than like a flat colour.
pub fn pixels(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity((width * height * 3) as usize);
    let mut seed: u32 = 0x2545_f491;
    for y in 0..height {
        for x in 0..width {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let noise = (seed % 24) as u8;
            let r = (x * 200 / width) as u8;
            let g = (y * 160 / height) as u8 + 40;
            let b = (((x / 97 + y / 61) % 5) * 40) as u8;
            out.extend([r.saturating_add(noise), g.saturating_add(noise / 2), b]);
        }
    }
    out
}

/// A plain JPEG `width` × `height` with no metadata.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    Pixels::rgb(width, height, pixels(width, height))
        .jpeg_at(90)
        .expect("encode a test JPEG")
}

/// A PNG `width` × `height` (a screenshot-like picture) with a text chunk of metadata.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Pixels::rgb(width, height, pixels(width, height))
        .png()
        .expect("encode a test PNG");
    // A tEXt chunk before IEND, as editors write "Author" or "Comment".
    let iend = out.len() - 12;
    let mut chunk = Vec::new();
    let data = b"Comment\0Rumah Ibu Sari, Jl. Mawar 3";
    chunk.extend((data.len() as u32).to_be_bytes());
    chunk.extend(b"tEXt");
    chunk.extend(data);
    let crc = crc32fast::hash(&chunk[4..]);
    chunk.extend(crc.to_be_bytes());
    out.splice(iend..iend, chunk);
    out
}

/// What a phone writes: a JPEG with EXIF (GPS position, camera serial, `orientation`), an
/// XMP packet and a comment, all of which must be gone from every published copy.
pub fn phone_photo(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    // Made once per test binary: tests that share it run side by side.
    static LARGE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    if (width, height, orientation) == (4000, 3000, 1) {
        return LARGE
            .get_or_init(|| make_phone_photo(4000, 3000, 1))
            .clone();
    }
    make_phone_photo(width, height, orientation)
}

fn make_phone_photo(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let plain = jpeg(width, height);
    let mut out = plain[..2].to_vec(); // SOI
    out.extend(segment(
        0xE1,
        &[b"Exif\0\0".as_slice(), &exif(orientation)].concat(),
    ));
    let xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>2,59.5S</exif:GPSLatitude></x:xmpmeta>";
    out.extend(segment(0xE1, xmp));
    out.extend(segment(0xFE, b"Rumah Ibu Sari, Jl. Mawar 3"));
    out.extend(&plain[2..]);
    out
}

fn segment(marker: u8, data: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, marker];
    out.extend(((data.len() + 2) as u16).to_be_bytes());
    out.extend(data);
    out
}

fn exif(orientation: u16) -> Vec<u8> {
    let rational = |num, denom| Rational { num, denom };
    let fields = [
        Field {
            tag: Tag::Orientation,
            ifd_num: In::PRIMARY,
            value: Value::Short(vec![orientation]),
        },
        Field {
            tag: Tag::Make,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"Ponsel".to_vec()]),
        },
        Field {
            tag: Tag::BodySerialNumber,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"SN-0042-7731".to_vec()]),
        },
        Field {
            tag: Tag::GPSLatitudeRef,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"S".to_vec()]),
        },
        Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![rational(2, 1), rational(59, 1), rational(3012, 100)]),
        },
        Field {
            tag: Tag::GPSLongitudeRef,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"E".to_vec()]),
        },
        Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![rational(104, 1), rational(45, 1), rational(1, 1)]),
        },
    ];
    let mut writer = Writer::new();
    for f in &fields {
        writer.push_field(f);
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    writer.write(&mut buf, false).expect("write EXIF");
    buf.into_inner()
}

/// Every piece of metadata found in an image file: EXIF fields, XMP, comments, text chunks.
/// Empty for a clean file.
pub fn metadata(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    if let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) {
        found.extend(exif.fields().map(|f| format!("EXIF {}", f.tag)));
    }
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    for (needle, what) in [
        (b"http://ns.adobe.com/xap".as_slice(), "XMP"),
        (b"xmpmeta", "XMP"),
        (b"Exif\0\0", "EXIF segment"),
        (b"Rumah Ibu Sari", "comment text"),
        (b"SN-0042", "camera serial"),
        (b"tEXt", "PNG text chunk"),
        (b"eXIf", "PNG EXIF chunk"),
        (b"EXIF", "WebP EXIF chunk"),
        (b"XMP ", "WebP XMP chunk"),
    ] {
        if has(needle) {
            found.push(what.to_string());
        }
    }
    if bytes.starts_with(&[0xFF, 0xD8]) && jpeg_has_comment(bytes) {
        found.push("JPEG comment".into());
    }
    found
}

/// Whether a JPEG has a COM segment before its image data.
fn jpeg_has_comment(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= bytes.len() && bytes[i] == 0xFF {
        let marker = bytes[i + 1];
        if marker == 0xFE {
            return true;
        }
        if marker == 0xDA {
            return false;
        }
        let len = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        i += 2 + len;
    }
    false
}

/// Width and height of an image file.
pub fn size(bytes: &[u8]) -> (u32, u32) {
    terang_pixels::dimensions(bytes).expect("a readable image")
}
