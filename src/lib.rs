//! terang: a static-site generator for public program-transparency reporting.
//!
//! Data flows one way: load (`config`, `content`, `data`) → validate → resolve (`site`) →
//! render (`markdown`, `render`) → write (`output`), sequenced by [`pipeline`]; `rebuild`
//! wraps the stages to reuse what did not change (`serve`, `watch`). `leaf` holds the small
//! helpers every stage may use.
//!
//! The library's face is small: [`cli`] for the binary, [`pipeline`] to build a site,
//! [`rebuild`] for a session that rebuilds on change, and the types they return. Everything
//! else is `pub(crate)`; the fuzz targets, benches and property tests reach the pieces they
//! exercise through [`internals`], which is not a stable interface.

pub mod cli;
mod command;
mod config;
mod content;
mod data;
mod diagnostic;
mod i18n;
mod init;
mod leaf;
mod markdown;
mod messages;
mod output;
mod photo;
pub mod pipeline;
pub mod rebuild;
mod render;
mod search;
mod serve;
mod site;
mod watch;
mod yaml;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use output::{Changes, OutputFile, Payload, Store};
pub use photo::Stats as ImageStats;
pub use site::Site;

/// The pieces the fuzz targets (`fuzz/`), the benches (`benches/`) and the property tests
/// (`tests/properties.rs`) exercise on their own, by module. Not a stable interface: it
/// changes with the code.
#[doc(hidden)]
pub mod internals {
    pub mod config {
        pub use crate::config::{SiteConfig, load};
    }
    pub mod content {
        pub use crate::content::{Asset, DocKind, DocPath, Front, SourceDoc, front_matter, slug};
    }
    pub mod data {
        pub use crate::data::{Dataset, load, period};
    }
    pub mod i18n {
        pub use crate::i18n::{format, locales};
    }
    pub mod markdown {
        pub use crate::markdown::{lint, render, repeated_ids, shortcode};
    }
    pub mod output {
        pub use crate::output::{Staging, claim, ics, safe_join};
    }
    pub mod render {
        pub use crate::render::chart_kit::png as chart_png;
        pub use crate::render::{chart, embed, theme};
    }
    pub mod site {
        pub use crate::site::{Urls, resolve_asset};
    }
    pub mod yaml {
        pub use crate::yaml::{Origin, parse};
    }
}
