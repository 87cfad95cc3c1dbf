//! Render: Markdown bodies and tera templates over view structs, in parallel, into a sorted
//! list of output files.

pub mod chart;
mod context;
pub mod engine;
mod pages;
pub mod theme;
pub mod view;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::output::{OutputFile, Payload};
use crate::site::Site;
pub use engine::Engine;
pub use theme::Theme;

/// One page to render.
#[derive(Debug, Clone)]
pub enum Job {
    Home { lang: String },
    SectionList { section: String, lang: String, number: usize },
    ProgramList { lang: String },
    Page { index: usize },
    NotFound,
}

/// Render every page of the site, then add the theme's static files and content assets.
pub fn render(site: &Site, theme: &Theme, engine: &Engine, locales: &Locales, problems: &mut Diagnostics) -> Vec<OutputFile> {
    let renderer = pages::Renderer { site, engine, locales };
    let jobs = renderer.jobs();
    let results: Vec<Result<OutputFile, Vec<Diagnostic>>> = jobs.par_iter().map(|job| renderer.render(job)).collect();
    let mut files = Vec::with_capacity(results.len() + theme.statics.len() + site.assets.len());
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(ds) => ds.into_iter().for_each(|d| problems.push(d)),
        }
    }
    for (rel, file) in &theme.statics {
        let payload = match &file.source {
            theme::FileSource::Embedded(bytes) => Payload::Static(bytes),
            theme::FileSource::Disk(path) => Payload::Copy(path.clone()),
        };
        files.push(OutputFile { path: rel.clone(), payload });
    }
    for asset in &site.assets {
        files.push(OutputFile { path: asset.rel.clone(), payload: Payload::Copy(asset.path.clone()) });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}
