//! The render half of a quick rebuild (`reuse::quick`): when only the Markdown
//! bodies of some documents or the rows of some datasets changed, render again just the
//! jobs that read them — a page for its own body, a home page for its `_index`
//! introduction, a dataset's pages, the pages that summarise or quote it — plus the feeds,
//! calendars and sitemap when a page in a feed changed, and the downloads when a dataset
//! did. Everything else is what the last build made: a body reaches no other page (titles,
//! dates, summaries and links come from front matter), and rows reach only those pages.

use super::cache::{JobCache, Touched};
use crate::diagnostic::Diagnostic;
use crate::output::{OutputFile, Sink};
use crate::render::{Inputs, Job, Plan};

/// What a quick rebuild rendered.
pub struct Quick {
    /// The files rendered again (the caller compares them with the last build's).
    pub files: Vec<OutputFile>,
    /// The warnings of the whole site's render, as a full build would give them.
    pub warnings: Vec<Diagnostic>,
}

/// Render again what reads what was `touched`; `None` when the last build left nothing to
/// reuse or a page failed (a full build then reports it).
pub fn rerender(inputs: Inputs<'_>, cache: &mut JobCache, touched: &Touched) -> Option<Quick> {
    let site = inputs.site;
    let plan = Plan::reusing(inputs, cache.discovery()?);
    let discovery = plan.discovery();
    let redone = cache.redo(site, touched, |job| plan.render(job, Sink::Keep))?;
    let paths = cache.paths();
    let links_found = redone.iter().all(|(_, rendered)| {
        crate::markdown::site_link::all_found(&rendered.effects.site_links, &paths)
    });
    if !links_found {
        // A link to no page is an error: the full build reports it where it is written.
        return None;
    }
    let in_feed = redone
        .iter()
        .any(|(job, _)| matches!(job, Job::Page { index } if discovery.in_feed(*index)));
    let mut files: Vec<OutputFile> = redone
        .into_iter()
        .filter_map(|(_, rendered)| rendered.file.ok())
        .collect();
    let effects = cache.effects(in_feed);
    if in_feed {
        files.extend(plan.publish(&effects));
        // Its key hashes every feed body; the next full build makes it again.
        cache.forget_derived("publish");
    }
    if !touched.datasets.is_empty() {
        // CSV, JSON and the catalog (its temporal coverage comes from the rows), and each
        // chart's SVG, PNG and CSV.
        files.extend(crate::render::downloads(site, Some(&touched.datasets)));
        files.extend(crate::render::chart_kit::all_files(
            inputs,
            Some(&touched.datasets),
        ));
        cache.forget_derived("downloads");
    }
    Some(Quick {
        files,
        warnings: effects.warnings,
    })
}
