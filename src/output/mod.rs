//! Output: the files a build makes, writing them atomically into `output/`, and holding
//! them in memory for `serve` (`store`) or bringing `output/` up to date for `watch` (`sync`).

pub mod download;
pub mod feed;
pub mod ics;
pub mod sitemap;
pub mod store;
pub mod sync;
mod writer;

pub use store::{Body, Changes, Store};
pub use writer::{Staging, safe_join, write_atomically};

use std::path::PathBuf;
use std::sync::Arc;

/// What goes into an output file.
#[derive(Debug, Clone)]
pub enum Payload {
    /// Rendered bytes.
    Bytes(Vec<u8>),
    /// Rendered bytes shared with the rebuild cache and the `serve` store, so a reused
    /// page is neither copied nor compared byte by byte.
    Shared(Arc<Vec<u8>>),
    /// A file copied as it is (content assets, a site theme's static files).
    Copy(PathBuf),
    /// A file of the embedded default theme.
    Static(&'static [u8]),
    /// Already written to the staging folder of a clean build ([`Staging::put`]); nothing
    /// is held in memory. `serve` and `watch` render into memory and never see it.
    Written,
}

impl Payload {
    /// The same payload, with rendered bytes moved behind an `Arc` (not copied).
    pub fn shared(self) -> Payload {
        match self {
            Payload::Bytes(bytes) => Payload::Shared(Arc::new(bytes)),
            other => other,
        }
    }
}

/// One file of the built site.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative to the output folder, `/`-separated, never absolute, never `..`.
    pub path: String,
    pub payload: Payload,
}
