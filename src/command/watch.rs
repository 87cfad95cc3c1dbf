//! `terang watch`: build into the output folder, then rebuild on every change to
//! `content/` or `themes/`, writing only the files that changed. No server.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::live::{Live, Next};
use super::options_from;
use super::{SiteArgs, exit};
use crate::messages::msg;
use crate::output::{self, Claim, Store};
use crate::pipeline::{Failure, Options};
use crate::rebuild::{Outcome, Report};

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: <site>/output)
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace the output folder even when it is not empty and terang did not make it
    #[arg(long)]
    pub force: bool,
}

impl WatchArgs {
    pub fn run(self) -> u8 {
        let options = match options_from(&self.site, self.output) {
            Ok(o) => Options {
                force: self.force,
                ..o
            },
            Err(code) => return code,
        };
        // Held until watch stops: no `terang build` can swap the folder under it meanwhile.
        let claim = match output::claim(&options.output_dir(), &options.site_dir, options.force) {
            Ok(claim) => claim,
            Err(e) => return super::print_failure(&Failure::Environment(e)),
        };
        let mut live = match Live::start(options, claim.dir()) {
            Ok(live) => live,
            Err(code) => return code,
        };
        let mut on_disk: Option<Arc<Store>> = None;
        let first = live.session.rebuild(&[]);
        if let Outcome::Failed(failure @ Failure::Environment(_)) = &first.outcome {
            return super::print_failure(failure);
        }
        let written = write(&first, &claim, &mut on_disk);
        print(&mut live, &first, written, &msg!("watch-output-left"));
        let site = live.session.options().site_dir.display();
        eprintln!("{}", msg!("watch-watching", site = site));
        while let Some(next) = live.next() {
            match next {
                Next::Rebuilt(report) => {
                    let written = write(&report, &claim, &mut on_disk);
                    print(&mut live, &report, written, &msg!("watch-output-kept"));
                }
                Next::Indexed {
                    indexed,
                    site,
                    changes,
                } => match write_site(&site, &claim, &mut on_disk) {
                    Ok(()) => live.print_indexed(&indexed, &changes),
                    Err(e) => eprintln!("{e}"),
                },
            }
        }
        eprintln!("{}", msg!("serve-stopped"));
        exit::OK
    }
}

/// The rebuild's summary when its files reached the output folder, else why they did not.
fn print(live: &mut Live, report: &Report, written: Result<(), String>, after_failure: &str) {
    match written {
        Ok(()) => live.print(report, after_failure),
        Err(message) => eprintln!("{message}"),
    }
}

/// Bring the output folder up to date with a successful build: everything, atomically, the
/// first time; then only the files that differ from what is on disk.
fn write(report: &Report, claim: &Claim, on_disk: &mut Option<Arc<Store>>) -> Result<(), String> {
    match &report.outcome {
        Outcome::Built { site, .. } => write_site(site, claim, on_disk),
        Outcome::Failed(_) => Ok(()),
    }
}

/// Write `site`; `Err` is the message saying what was and was not written.
fn write_site(
    site: &Arc<Store>,
    claim: &Claim,
    on_disk: &mut Option<Arc<Store>>,
) -> Result<(), String> {
    let written = match on_disk.as_deref() {
        None => output::write_atomically(claim, &site.to_files())
            .map_err(|e| format!("error: {e:#}\n{}", msg!("watch-nothing-written"))),
        Some(before) => output::sync::apply(claim.dir(), site, &before.diff(site)).map_err(|p| {
            let partly = msg!(
                "watch-partly-written",
                written = p.written,
                to_write = p.to_write,
                removed = p.removed,
                to_remove = p.to_remove,
            );
            format!("error: {:#}\n{partly}", p.error)
        }),
    };
    match written {
        Ok(()) => {
            *on_disk = Some(site.clone());
            Ok(())
        }
        Err(message) => {
            // Next time, write everything again rather than trust what is there.
            *on_disk = None;
            Err(message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{OutputFile, Payload};

    fn store(files: &[(&str, &str)]) -> Arc<Store> {
        Arc::new(Store::new(
            files
                .iter()
                .map(|(p, t)| OutputFile {
                    path: p.to_string(),
                    payload: Payload::Bytes(t.as_bytes().to_vec()),
                })
                .collect(),
        ))
    }

    fn read(dir: &std::path::Path, rel: &str) -> String {
        std::fs::read_to_string(dir.join(rel)).unwrap()
    }

    /// Issue 17, finding 7: a write error (here a folder in the way, as ENOSPC or EACCES
    /// would be) stops the write, says what was and was not written, and the next rebuild
    /// writes the whole site again, equal to a clean build.
    #[test]
    fn finding_07_a_write_error_reports_what_was_written_and_the_next_rebuild_completes() {
        let tmp = tempfile::tempdir().unwrap();
        let claim = output::claim(&tmp.path().join("output"), tmp.path(), false).unwrap();
        let out = claim.dir().to_path_buf();
        let mut on_disk = None;
        let first = store(&[("a.html", "1"), ("b/index.html", "1"), ("c.html", "1")]);
        write_site(&first, &claim, &mut on_disk).unwrap();
        let second = store(&[("a.html", "2"), ("b/index.html", "2"), ("c.html", "2")]);
        std::fs::remove_file(out.join("b/index.html")).unwrap();
        std::fs::create_dir_all(out.join("b/index.html/blocked")).unwrap();
        let message = write_site(&second, &claim, &mut on_disk).unwrap_err();
        assert!(
            message.contains("only 1 of 3 changed files were written"),
            "{message}"
        );
        assert!(message.contains("b/index.html"), "{message}");
        assert!(on_disk.is_none(), "what is on disk is no longer trusted");
        std::fs::remove_dir_all(out.join("b/index.html")).unwrap();
        write_site(&second, &claim, &mut on_disk).unwrap();
        for page in ["a.html", "b/index.html", "c.html"] {
            assert_eq!(read(&out, page), "2", "{page}");
        }
    }
}
