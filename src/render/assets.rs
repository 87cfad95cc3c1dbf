//! The content's files as output files: a bundle's files beside its page in every language,
//! raster images as their processed copies (the original re-encoded without metadata, the
//! resized WebP copies and the copy for sharing), other files as they are.

use crate::output::{OutputFile, Payload};
use crate::site::Site;

/// Every output file made from `content/` files, each with what made it (for collision
/// messages). An image that cannot be published (not the image its name says) is left out;
/// the pages that show it report it.
pub fn files(site: &Site) -> Vec<(OutputFile, String)> {
    let mut out = Vec::with_capacity(site.assets.len());
    for asset in &site.assets {
        let origin = format!("content/{}", asset.rel);
        for path in site.file_paths(&asset.rel) {
            match site.images.get(&asset.rel) {
                None => out.push((copy(path, asset.path.clone()), origin.clone())),
                Some(Err(_)) => {}
                Some(Ok(photo)) => {
                    let dir = match path.rfind('/') {
                        Some(i) => path[..=i].to_string(),
                        None => String::new(),
                    };
                    out.push((copy(path, photo.original.clone()), origin.clone()));
                    let mut copies: Vec<_> = photo.sizes.iter().collect();
                    if photo.share.source != photo.original {
                        copies.push(&photo.share);
                    }
                    for c in copies {
                        let file = copy(format!("{dir}{}", c.name), c.source.clone());
                        out.push((file, origin.clone()));
                    }
                }
            }
        }
    }
    out
}

fn copy(path: String, source: std::path::PathBuf) -> OutputFile {
    OutputFile {
        path,
        payload: Payload::Copy(source),
    }
}
