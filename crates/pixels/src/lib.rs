//! terang's photo codec. Pixels in, published files out: decode with the orientation
//! applied, resize, encode. Every encoder here writes pixels only, so no EXIF, GPS position,
//! XMP or comment of the original survives in any copy (originals are re-encoded for the
//! same reason). A crate of its own only so it is compiled optimized in debug builds too.

use std::io::Cursor;

use fast_image_resize as fr;
use image::{DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat};

/// WebP quality of photos' resized copies: small enough for a slow phone connection
/// (a 4000 x 3000 photo at 800 px is about 50-90 KB), no visible blocking.
const PHOTO_QUALITY: f32 = 72.0;
/// Quality of re-encoded originals and of the JPEG copy for sharing: close to the original.
const ORIGINAL_QUALITY: u8 = 88;
const SHARE_QUALITY: u8 = 80;

/// A raster format terang processes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Jpeg,
    Png,
    WebP,
}

impl Format {
    fn image_format(self) -> ImageFormat {
        match self {
            Format::Jpeg => ImageFormat::Jpeg,
            Format::Png => ImageFormat::Png,
            Format::WebP => ImageFormat::WebP,
        }
    }
}

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Image(Format),
    /// Another image format, by MIME type (`image/gif`).
    Other(&'static str),
    Unknown,
}

/// The format of `bytes`, from their signature.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    match image::guess_format(bytes) {
        Ok(ImageFormat::Jpeg) => Sniffed::Image(Format::Jpeg),
        Ok(ImageFormat::Png) => Sniffed::Image(Format::Png),
        Ok(ImageFormat::WebP) => Sniffed::Image(Format::WebP),
        Ok(other) => Sniffed::Other(other.to_mime_type()),
        Err(_) => Sniffed::Unknown,
    }
}

/// A decoded image, upright, as 8-bit RGB or RGBA.
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    pub alpha: bool,
    pub data: Vec<u8>,
}

/// Decode `bytes` (already known to be `format`) and turn it upright by its EXIF orientation.
pub fn decode(bytes: &[u8], format: Format) -> Result<Pixels, String> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes));
    reader.set_format(format.image_format());
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    image.apply_orientation(orientation);
    let alpha = image.color().has_alpha();
    let (width, height) = (image.width(), image.height());
    let data = if alpha {
        image.into_rgba8().into_raw()
    } else {
        image.into_rgb8().into_raw()
    };
    Ok(Pixels {
        width,
        height,
        alpha,
        data,
    })
}

impl Pixels {
    /// 8-bit RGB pixels, row by row (for making test pictures).
    pub fn rgb(width: u32, height: u32, data: Vec<u8>) -> Pixels {
        Pixels {
            width,
            height,
            alpha: false,
            data,
        }
    }

    fn color(&self) -> ExtendedColorType {
        if self.alpha {
            ExtendedColorType::Rgba8
        } else {
            ExtendedColorType::Rgb8
        }
    }

    /// A copy `width` pixels wide (height in proportion), Lanczos-filtered; alpha is
    /// premultiplied while resizing so transparent edges keep no dark fringe.
    pub fn resized(&self, width: u32, height: u32) -> Result<Pixels, String> {
        if width == self.width && height == self.height {
            return Ok(Pixels {
                width,
                height,
                alpha: self.alpha,
                data: self.data.clone(),
            });
        }
        let kind = if self.alpha {
            fr::PixelType::U8x4
        } else {
            fr::PixelType::U8x3
        };
        let src = fr::images::ImageRef::new(self.width, self.height, &self.data, kind)
            .map_err(|e| e.to_string())?;
        let mut dst = fr::images::Image::new(width, height, kind);
        let options = fr::ResizeOptions::new()
            .resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
        fr::Resizer::new()
            .resize(&src, &mut dst, &options)
            .map_err(|e| e.to_string())?;
        Ok(Pixels {
            width,
            height,
            alpha: self.alpha,
            data: dst.into_vec(),
        })
    }

    /// Lossy WebP for photos, lossless for graphics (screenshots and charts stay sharp).
    pub fn webp(&self, lossless: bool, original: bool) -> Result<Vec<u8>, String> {
        let quality = if original {
            f32::from(ORIGINAL_QUALITY)
        } else {
            PHOTO_QUALITY
        };
        let encoder = if self.alpha {
            webp::Encoder::from_rgba(&self.data, self.width, self.height)
        } else {
            webp::Encoder::from_rgb(&self.data, self.width, self.height)
        };
        encoder
            .encode_simple(lossless, quality)
            .map(|memory| memory.to_vec())
            .map_err(|e| format!("WebP encoder: {e:?}"))
    }

    /// Baseline JPEG at the quality of re-encoded originals or of the copy for sharing
    /// (alpha is dropped: callers keep PNG for images with alpha).
    pub fn jpeg(&self, original: bool) -> Result<Vec<u8>, String> {
        self.jpeg_at(if original {
            ORIGINAL_QUALITY
        } else {
            SHARE_QUALITY
        })
    }

    /// Baseline JPEG at `quality` (1-100).
    pub fn jpeg_at(&self, quality: u8) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let rgb;
        let data = if self.alpha {
            rgb = DynamicImage::from(
                image::RgbaImage::from_raw(self.width, self.height, self.data.clone())
                    .ok_or("bad pixel buffer")?,
            )
            .into_rgb8()
            .into_raw();
            &rgb
        } else {
            &self.data
        };
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
            .write_image(data, self.width, self.height, ExtendedColorType::Rgb8)
            .map_err(|e| e.to_string())?;
        Ok(out)
    }

    pub fn png(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(&self.data, self.width, self.height, self.color())
            .map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Width and height of an encoded image, without decoding its pixels.
pub fn dimensions(bytes: &[u8]) -> Result<(u32, u32), String> {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?
        .into_dimensions()
        .map_err(|e| e.to_string())
}
