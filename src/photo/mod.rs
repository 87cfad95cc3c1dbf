//! Raster images of the content (JPEG, PNG, WebP): each is published as resized WebP copies
//! for `srcset`, a copy for sharing and `<img src>`, and its original re-encoded, all
//! without metadata (EXIF, GPS position, XMP, comments) and turned upright. The work is
//! cached by content in `<site>/.terang-cache/images/`, so an unchanged photo costs one
//! read and a hash on the next build.

mod cache;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::Asset;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// Widths of the resized copies, in pixels. A 360 px phone at 2x asks for 800; a desktop
/// article column (44rem) at 2x for 1600.
pub const STEPS: [u32; 4] = [480, 800, 1200, 1600];
/// Width of the copy shared links show (`og:image`): what Facebook and WhatsApp recommend.
pub const SHARE_WIDTH: u32 = 1200;
/// An original larger than this is a warning: it slows the first build and the upload.
pub const WARN_BYTES: u64 = 10 * 1024 * 1024;
/// An original wider or taller than this is a warning (phones take 4000-6000 px).
pub const WARN_PIXELS: u32 = 8000;

pub use terang_pixels::Format;

/// The format a file's name says, if it is one terang processes.
pub fn format_from_name(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => Some(Format::Jpeg),
        "png" => Some(Format::Png),
        "webp" => Some(Format::WebP),
        _ => None,
    }
}

fn label(format: Format) -> &'static str {
    match format {
        Format::Jpeg => "JPEG",
        Format::Png => "PNG",
        Format::WebP => "WebP",
    }
}

/// Graphics (PNG: screenshots, charts) are resized into lossless WebP, so text stays sharp.
fn lossless(format: Format) -> bool {
    format == Format::Png
}

/// One published copy of an image, in the same folder as the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    /// File name: `foto-800w.webp`.
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The processed file in the cache.
    pub source: PathBuf,
}

/// A processed image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// Upright size of the original.
    pub width: u32,
    pub height: u32,
    /// The original, re-encoded without metadata; published under its own name.
    pub original: PathBuf,
    /// WebP copies, narrowest first, none wider than the original.
    pub sizes: Vec<Copy>,
    /// For `<img src>` (browsers without `srcset`) and for `og:image`: a JPEG at most
    /// [`SHARE_WIDTH`] wide for photos, the original itself for graphics.
    pub share: Copy,
}

/// Every raster image of the content, by path relative to `content/`; an image that could
/// not be read holds the reason, for the pages that show it to report.
#[derive(Debug, Default, Clone)]
pub struct Catalog {
    photos: BTreeMap<String, Result<Photo, String>>,
}

impl Catalog {
    /// The image at `rel` (relative to `content/`), if it is a raster image.
    pub fn get(&self, rel: &str) -> Option<&Result<Photo, String>> {
        self.photos.get(rel)
    }
}

/// How much work the images took, for the build summary.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Images decoded and encoded in this build.
    pub processed: usize,
    /// Images taken from the cache.
    pub reused: usize,
}

/// Process (or take from the cache) every raster image among `assets`. Warnings for very
/// large originals and unreadable images go into `problems`; a cache that cannot be written
/// is an error.
pub fn prepare(site_root: &Path, assets: &[Asset], problems: &mut Diagnostics) -> (Catalog, Stats) {
    let cache = cache::Cache::new(site_root);
    let results: Vec<(String, Outcome)> = assets
        .par_iter()
        .filter_map(|a| format_from_name(&a.rel).map(|f| (a, f)))
        .map(|(asset, format)| (asset.rel.clone(), one(&cache, asset, format)))
        .collect();
    let mut catalog = Catalog::default();
    let mut stats = Stats::default();
    for (rel, outcome) in results {
        let display = PathBuf::from("content").join(&rel);
        let result = match outcome {
            Outcome::Done {
                photo,
                reused,
                bytes,
            } => {
                if reused {
                    stats.reused += 1;
                } else {
                    stats.processed += 1;
                }
                if let Some(w) = size_warning(&display, bytes, &photo) {
                    problems.push(w);
                }
                Ok(photo)
            }
            Outcome::Unreadable(reason) => {
                problems.push(
                    Diagnostic::warning(&display, msg!("photo-not-published", reason = &reason))
                        .with_help(msg!("photo-fix-help")),
                );
                Err(reason)
            }
            Outcome::CacheFailed(reason) => {
                problems
                    .push(Diagnostic::error(&display, reason).with_help(msg!("photo-cache-help")));
                Err(msg!("photo-not-stored"))
            }
        };
        catalog.photos.insert(rel, result);
    }
    (catalog, stats)
}

enum Outcome {
    Done {
        photo: Photo,
        reused: bool,
        bytes: u64,
    },
    /// Not the image its name says, or damaged.
    Unreadable(String),
    CacheFailed(String),
}

fn one(cache: &cache::Cache, asset: &Asset, format: Format) -> Outcome {
    let bytes = match std::fs::read(&asset.path) {
        Ok(b) => b,
        Err(e) => return Outcome::Unreadable(msg!("file-unreadable", reason = e.to_string())),
    };
    match terang_pixels::sniff(&bytes) {
        terang_pixels::Sniffed::Image(found) if found == format => {}
        terang_pixels::Sniffed::Image(found) => {
            return Outcome::Unreadable(msg!(
                "photo-other-format",
                found = label(found),
                named = label(format)
            ));
        }
        terang_pixels::Sniffed::Other(mime) => {
            return Outcome::Unreadable(msg!(
                "photo-not-an-image",
                mime = mime,
                named = label(format)
            ));
        }
        terang_pixels::Sniffed::Unknown => {
            return Outcome::Unreadable(msg!("photo-unknown-format", named = label(format)));
        }
    }
    let name = asset.rel.rsplit('/').next().unwrap_or(&asset.rel);
    match cache.photo(&bytes, format, name) {
        Ok((photo, reused)) => Outcome::Done {
            photo,
            reused,
            bytes: bytes.len() as u64,
        },
        Err(cache::Failure::Image(reason)) => Outcome::Unreadable(msg!(
            "photo-damaged",
            named = label(format),
            reason = reason
        )),
        Err(cache::Failure::Store(reason)) => Outcome::CacheFailed(reason),
    }
}

fn size_warning(display: &Path, bytes: u64, photo: &Photo) -> Option<Diagnostic> {
    let too_heavy = bytes > WARN_BYTES;
    let too_large = photo.width.max(photo.height) > WARN_PIXELS;
    if !too_heavy && !too_large {
        return None;
    }
    Some(
        Diagnostic::warning(
            display,
            msg!(
                "photo-very-large",
                megabytes = format!("{:.1}", bytes as f64 / 1_048_576.0),
                width = photo.width,
                height = photo.height
            ),
        )
        .with_help(msg!(
            "photo-very-large-help",
            limit = WARN_BYTES / 1_048_576
        )),
    )
}

/// The widths of the resized copies of an image `width` pixels wide: every step narrower
/// than it, and the original width itself when no step reaches it.
pub fn widths(width: u32) -> Vec<u32> {
    let mut out: Vec<u32> = STEPS.iter().copied().filter(|&s| s < width).collect();
    if width <= STEPS[STEPS.len() - 1] {
        out.push(width);
    }
    out
}

/// Height of a copy `width` wide of an image `w` × `h`, at least 1.
pub fn scaled_height(w: u32, h: u32, width: u32) -> u32 {
    ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w.max(1))).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_never_wider_than_the_original() {
        assert_eq!(widths(4000), vec![480, 800, 1200, 1600]);
        assert_eq!(widths(1000), vec![480, 800, 1000]);
        assert_eq!(widths(300), vec![300]);
        assert_eq!(widths(1600), vec![480, 800, 1200, 1600]);
        assert_eq!(scaled_height(4000, 3000, 800), 600);
        assert_eq!(scaled_height(3, 1, 1), 1);
    }

    #[test]
    fn formats_come_from_the_name() {
        assert_eq!(format_from_name("a/Foto.JPG"), Some(Format::Jpeg));
        assert_eq!(format_from_name("x.png"), Some(Format::Png));
        assert_eq!(format_from_name("x.svg"), None);
        assert_eq!(format_from_name("noext"), None);
    }
}
