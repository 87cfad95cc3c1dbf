//! How a page shows a raster image of the content: the URLs of its processed copies as
//! published beside the page in the page's language, for `<img srcset>` and for sharing.

use serde::Serialize;

use super::Site;
use super::assets::{asset_href, asset_url};

/// A processed image as one page refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Picture {
    /// Root-relative URL of the fallback copy (`<img src>`; browsers without `srcset`).
    pub src: String,
    /// `foto-480w.webp 480w, foto-800w.webp 800w, ...`.
    pub srcset: String,
    /// Upright size of the original, for `width`/`height` (no layout shift).
    pub width: u32,
    pub height: u32,
    /// Absolute URL of the copy for sharing (`og:image`), and its size.
    pub share_url: String,
    pub share_width: u32,
    pub share_height: u32,
}

/// `sizes` of an image in an article column (44rem wide at most, less the page margins).
pub const ARTICLE_SIZES: &str = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";
/// `sizes` of a picture in a list of articles (a thumbnail beside the entry).
pub const LIST_SIZES: &str = "(min-width: 40rem) 10rem, 6rem";

impl Site {
    /// The image `rel` (relative to `content/`) as a page in `lang` shows it. `None` when it
    /// is not a raster image terang processes (SVG, GIF: copied as they are);
    /// `Some(Err(reason))` when it cannot be published (not the image its name says).
    pub fn picture(&self, rel: &str, lang: &str) -> Option<Result<Picture, String>> {
        let photo = match self.images.get(rel)? {
            Ok(photo) => photo,
            Err(reason) => return Some(Err(reason.clone())),
        };
        let file = self.bundles.output_path(rel, lang);
        let dir = match file.rfind('/') {
            Some(i) => &file[..=i],
            None => "",
        };
        let href = |name: &str| asset_href(&self.urls, &format!("{dir}{name}"));
        let srcset = photo
            .sizes
            .iter()
            .map(|c| format!("{} {}w", href(&c.name), c.width))
            .collect::<Vec<_>>()
            .join(", ");
        Some(Ok(Picture {
            src: href(&photo.share.name),
            srcset,
            width: photo.width,
            height: photo.height,
            share_url: asset_url(&self.urls, &format!("{dir}{}", photo.share.name)),
            share_width: photo.share.width,
            share_height: photo.share.height,
        }))
    }
}

impl Picture {
    /// The `<img>` element: `alt` and `title` are plain text (escaped here); `lazy` for
    /// images below the first screen.
    pub fn img(&self, alt: &str, title: &str, sizes: &str, lazy: bool) -> String {
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", escape(title))
        };
        format!(
            "<img src=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"{}\"{title}{} decoding=\"async\">",
            escape(&self.src),
            escape(&self.srcset),
            self.width,
            self.height,
            escape(alt),
            if lazy { " loading=\"lazy\"" } else { "" },
        )
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_img_element_escapes_text_and_sets_its_size() {
        let p = Picture {
            src: "/a/f-1200w.jpg".into(),
            srcset: "/a/f-480w.webp 480w".into(),
            width: 4000,
            height: 3000,
            share_url: String::new(),
            share_width: 1200,
            share_height: 900,
        };
        let html = p.img("Ibu \"Sari\" & anak", "", ARTICLE_SIZES, true);
        assert!(
            html.contains("alt=\"Ibu &quot;Sari&quot; &amp; anak\""),
            "{html}"
        );
        assert!(html.contains("width=\"4000\" height=\"3000\""));
        assert!(html.contains("loading=\"lazy\""));
        assert!(!p.img("x", "", ARTICLE_SIZES, false).contains("loading"));
    }
}
