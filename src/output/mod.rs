//! Output: the files a build makes, writing them atomically into `output/`, and holding
//! them in memory for `serve` (`store`) or bringing `output/` up to date for `watch` (`sync`).

pub mod download;
pub mod feed;
pub mod guard;
pub mod ics;
pub mod sitemap;
pub mod store;
pub mod sync;
mod writer;

pub use guard::{Claim, claim};
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
    /// Rendered and let go: `terang check` validates every page without keeping it.
    Dropped,
}

/// Where a build puts each page as soon as it is rendered.
#[derive(Debug, Clone, Copy)]
pub enum Sink<'a> {
    /// Keep it in memory (`serve`, `watch`, the library's [`crate::pipeline::build`]).
    Keep,
    /// Write it into a staging folder now (`terang build`).
    Stage(&'a Staging),
    /// Let it go (`terang check`).
    Drop,
}

impl Sink<'_> {
    /// `file` as the build keeps it: whole, or only its path once written or dropped.
    pub fn take(&self, file: OutputFile) -> OutputFile {
        match self {
            Sink::Keep => file,
            Sink::Stage(staging) => staging.put(file),
            Sink::Drop => OutputFile {
                path: file.path,
                payload: Payload::Dropped,
            },
        }
    }

    /// The staging folder, when pages are written into one.
    pub fn staging(&self) -> Option<&Staging> {
        match self {
            Sink::Stage(staging) => Some(staging),
            Sink::Keep | Sink::Drop => None,
        }
    }
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
