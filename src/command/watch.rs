//! `terang watch`: build into the output folder, then rebuild on every change to
//! `content/` or `themes/`, writing only the files that changed. No server.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::live::{Live, Next};
use super::options_from;
use super::{SiteArgs, exit};
use crate::output::{self, Store};
use crate::pipeline::Failure;
use crate::rebuild::{Outcome, Report};

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: <site>/output)
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

impl WatchArgs {
    pub fn run(self) -> u8 {
        let options = match options_from(&self.site, self.output) {
            Ok(o) => o,
            Err(code) => return code,
        };
        let output_dir = options.output_dir();
        let output_dir = std::path::absolute(&output_dir).unwrap_or(output_dir);
        let mut live = match Live::start(options, &output_dir) {
            Ok(live) => live,
            Err(code) => return code,
        };
        let mut on_disk: Option<Arc<Store>> = None;
        let first = live.session.rebuild(&[]);
        if let Outcome::Failed(failure @ Failure::Environment(_)) = &first.outcome {
            return super::print_failure(failure);
        }
        write(&first, &output_dir, &mut on_disk);
        live.print(&first, "output/ is left as it was");
        eprintln!(
            "watching content/ and themes/ of {} (Ctrl-C to stop)",
            live.session.options().site_dir.display()
        );
        while let Some(next) = live.next() {
            match next {
                Next::Rebuilt(report) => {
                    write(&report, &output_dir, &mut on_disk);
                    live.print(&report, "output/ keeps the last good site");
                }
                Next::Indexed {
                    indexed,
                    site,
                    changes,
                } => {
                    write_site(&site, &output_dir, &mut on_disk);
                    live.print_indexed(&indexed, &changes);
                }
            }
        }
        eprintln!("stopped");
        exit::OK
    }
}

/// Bring the output folder up to date with a successful build: everything, atomically, the
/// first time; then only the files that differ from what is on disk.
fn write(report: &Report, output_dir: &std::path::Path, on_disk: &mut Option<Arc<Store>>) {
    if let Outcome::Built { site, .. } = &report.outcome {
        write_site(site, output_dir, on_disk);
    }
}

fn write_site(site: &Arc<Store>, output_dir: &std::path::Path, on_disk: &mut Option<Arc<Store>>) {
    let written = match on_disk.as_deref() {
        None => output::write_atomically(output_dir, &site.to_files()),
        Some(before) => output::sync::apply(output_dir, site, &before.diff(site)),
    };
    match written {
        Ok(()) => *on_disk = Some(site.clone()),
        Err(e) => {
            eprintln!("error: {e:#}");
            // Next time, write everything again rather than trust what is there.
            *on_disk = None;
        }
    }
}
