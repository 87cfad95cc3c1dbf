//! The processed-image cache: `<site>/.terang-cache/images/<version>-<content hash>/`, one
//! folder per distinct original (two names for the same photo share it). A folder is
//! complete once its `size` file exists; that file is written last, and every file is
//! written under a temporary name and renamed, so a build that stops half-way, or two
//! builds at once, never leave a half-written copy that looks finished.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use terang_pixels::Pixels;

use super::{Copy, Format, Photo, SHARE_WIDTH, lossless, scaled_height, widths};
use crate::messages::msg;

/// Changes whenever what is made from an original changes (widths, qualities, formats),
/// so older entries are not reused.
const VERSION: &str = "v1";

/// Where processed images are kept, relative to the site folder.
pub const FOLDER: &str = ".terang-cache/images";

pub(super) struct Cache {
    root: PathBuf,
}

/// Why an image has no processed copies.
pub(super) enum Failure {
    /// The image cannot be decoded or encoded.
    Image(String),
    /// The cache cannot be written.
    Store(String),
}

impl Cache {
    pub fn new(site_root: &Path) -> Cache {
        Cache {
            root: site_root.join(FOLDER),
        }
    }

    /// The processed copies of `bytes`, named after `name` (the original's file name), and
    /// whether they came from the cache.
    pub fn photo(
        &self,
        bytes: &[u8],
        format: Format,
        name: &str,
    ) -> Result<(Photo, bool), Failure> {
        let key = xxhash_rust::xxh3::xxh3_128(bytes);
        let dir = self.root.join(format!("{VERSION}-{key:032x}"));
        if let Some((w, h)) = read_size(&dir) {
            let photo = layout(&dir, format, name, w, h);
            if files_of(&photo).iter().all(|p| p.is_file()) {
                return Ok((photo, true));
            }
        }
        let pixels = terang_pixels::decode(bytes, format).map_err(Failure::Image)?;
        let photo = layout(&dir, format, name, pixels.width, pixels.height);
        std::fs::create_dir_all(&dir).map_err(|e| store_error(&dir, &e))?;
        make(&pixels, format, &photo)?;
        write(
            &dir.join("size"),
            format!("{} {}", pixels.width, pixels.height).as_bytes(),
        )?;
        Ok((photo, false))
    }
}

/// Encode every file `photo` names.
fn make(pixels: &Pixels, format: Format, photo: &Photo) -> Result<(), Failure> {
    let original = match format {
        Format::Jpeg => pixels.jpeg(true),
        Format::Png => pixels.png(),
        Format::WebP => pixels.webp(false, true),
    }
    .map_err(Failure::Image)?;
    write(&photo.original, &original)?;
    for copy in &photo.sizes {
        let bytes = pixels
            .resized(copy.width, copy.height)
            .and_then(|p| p.webp(lossless(format), false))
            .map_err(Failure::Image)?;
        write(&copy.source, &bytes)?;
    }
    if photo.share.source != photo.original {
        let bytes = pixels
            .resized(photo.share.width, photo.share.height)
            .and_then(|p| p.jpeg(false))
            .map_err(Failure::Image)?;
        write(&photo.share.source, &bytes)?;
    }
    Ok(())
}

/// Where each file of an image `w` × `h` is kept, and what it is published as.
fn layout(dir: &Path, format: Format, name: &str, w: u32, h: u32) -> Photo {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let original = dir.join(format!("original.{}", ext.to_ascii_lowercase()));
    let sizes = widths(w)
        .into_iter()
        .map(|width| Copy {
            name: format!("{stem}-{width}w.webp"),
            width,
            height: scaled_height(w, h, width),
            source: dir.join(format!("{width}.webp")),
        })
        .collect();
    let share = if format == Format::Jpeg && w > SHARE_WIDTH {
        Copy {
            name: format!("{stem}-{SHARE_WIDTH}w.jpg"),
            width: SHARE_WIDTH,
            height: scaled_height(w, h, SHARE_WIDTH),
            source: dir.join("share.jpg"),
        }
    } else {
        Copy {
            name: name.to_string(),
            width: w,
            height: h,
            source: original.clone(),
        }
    };
    Photo {
        width: w,
        height: h,
        original,
        sizes,
        share,
    }
}

fn files_of(photo: &Photo) -> Vec<&Path> {
    let mut files = vec![photo.original.as_path(), photo.share.source.as_path()];
    files.extend(photo.sizes.iter().map(|c| c.source.as_path()));
    files
}

fn read_size(dir: &Path) -> Option<(u32, u32)> {
    let text = std::fs::read_to_string(dir.join("size")).ok()?;
    let (w, h) = text.trim().split_once(' ')?;
    Some((w.parse().ok()?, h.parse().ok()?))
}

/// Write under a temporary name, then rename: readers see the whole file or none.
fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = path.with_extension(format!("tmp-{}-{n}", std::process::id()));
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            store_error(path, &e)
        })
}

fn store_error(path: &Path, e: &std::io::Error) -> Failure {
    Failure::Store(msg!(
        "photo-cache-write",
        path = path.display(),
        error = e.to_string()
    ))
}
