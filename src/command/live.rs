//! What `serve` and `watch` share: a rebuild session fed by the watcher, Ctrl-C, and one
//! line per rebuild in the terminal.

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};

use super::{print_failure, print_warnings};
use crate::cli::exit;
use crate::diagnostic::Diagnostics;
use crate::pipeline::Options;
use crate::rebuild::{Outcome, Report, Session};
use crate::watch::{self, Batch, Roots, Signal, Watcher};

/// A session with its watcher.
pub struct Live {
    pub session: Session,
    signals: Receiver<Signal>,
    watcher: Watcher,
    /// The warnings last printed, so an unchanged list is not printed on every rebuild.
    shown_warnings: Option<String>,
}

impl Live {
    /// Watch the site of `options` (never `output`), stop on Ctrl-C. `Err` is an exit code
    /// after printing why.
    pub fn start(options: Options, output: &Path) -> Result<Live, u8> {
        let (sender, signals) = channel();
        let roots = Roots::new(&options.site_dir, output);
        let watcher = match Watcher::start(roots, sender.clone()) {
            Ok(w) => w,
            Err(e) => {
                eprintln!("error: {e:#}");
                return Err(exit::USAGE);
            }
        };
        if let Err(e) = ctrlc::set_handler(move || {
            let _ = sender.send(Signal::Stop);
        }) {
            eprintln!("warning: Ctrl-C cannot be caught ({e}); it will stop terang abruptly");
        }
        Ok(Live {
            session: Session::with_live_clock(options),
            signals,
            watcher,
            shown_warnings: None,
        })
    }

    /// Wait for the next change and rebuild; `None` on Ctrl-C.
    pub fn next(&mut self) -> Option<Report> {
        match watch::next_batch(&self.signals) {
            Batch::Stop => None,
            Batch::Changed { paths, rescan } => {
                self.watcher.refresh(&paths);
                if rescan {
                    self.session.rescan();
                }
                Some(self.session.rebuild(&paths))
            }
        }
    }

    /// The problems of a failed build, new warnings, then the one-line summary.
    pub fn print(&mut self, report: &Report, after_failure: &str) {
        match &report.outcome {
            Outcome::Failed(failure) => {
                print_failure(failure);
                eprintln!("{report}; {after_failure}");
            }
            Outcome::Built { warnings, .. } => {
                self.print_warnings(warnings);
                eprintln!("{report}");
            }
        }
    }

    fn print_warnings(&mut self, warnings: &Diagnostics) {
        let text = crate::diagnostic::render_all(warnings, false);
        if self.shown_warnings.as_deref() != Some(text.as_str()) {
            print_warnings(warnings);
            self.shown_warnings = Some(text);
        }
    }
}
