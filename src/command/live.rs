//! What `serve` and `watch` share: a rebuild session fed by the watcher, Ctrl-C, and one
//! line per rebuild in the terminal.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

use super::exit;
use super::{print_failure, print_warnings};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;
use crate::output::{Changes, Store};
use crate::pipeline::Options;
use crate::rebuild::{Indexed, Outcome, Report, Session};
use crate::watch::{self, Batch, Roots, Signal, Watcher};

/// What the loop does next.
pub enum Next {
    Rebuilt(Report),
    /// A background search index is ready: the site with it.
    Indexed {
        indexed: Indexed,
        site: Arc<Store>,
        changes: Changes,
    },
}

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
        let stop = sender.clone();
        if let Err(e) = ctrlc::set_handler(move || {
            let _ = stop.send(Signal::Stop);
        }) {
            eprintln!("warning: {}", msg!("serve-no-ctrlc", error = e.to_string()));
        }
        let mut session = Session::with_live_clock(options);
        let indexed = sender.clone();
        session.index_in_background(Arc::new(move || {
            let _ = indexed.send(Signal::Indexed);
        }));
        Ok(Live {
            session,
            signals,
            watcher,
            shown_warnings: None,
        })
    }

    /// Wait for the next change and rebuild, or for a background search index, or for the
    /// moment an embargo lifts or a future page's date comes (then rebuild with nothing
    /// changed but the clock); `None` on Ctrl-C.
    pub fn next(&mut self) -> Option<Next> {
        loop {
            if let Some((indexed, site, changes)) = self.session.take_index() {
                return Some(Next::Indexed {
                    indexed,
                    site,
                    changes,
                });
            }
            let clock = self
                .session
                .time_due(jiff::Timestamp::now())
                .map(|wait| Instant::now() + wait);
            let deadline = match (self.session.index_due(), clock) {
                (Some(index), Some(clock)) => Some(index.min(clock)),
                (index, clock) => index.or(clock),
            };
            match watch::next_batch(&self.signals, deadline) {
                Batch::Stop => return None,
                Batch::Indexed => continue,
                Batch::Idle if clock.is_some_and(|at| at <= Instant::now()) => {
                    eprintln!("{}", msg!("serve-clock-rebuild"));
                    return Some(Next::Rebuilt(self.session.rebuild(&[])));
                }
                Batch::Idle => self.session.start_index(),
                Batch::Changed { paths, rescan } => {
                    self.watcher.refresh(&paths);
                    if rescan {
                        self.session.rescan();
                    }
                    return Some(Next::Rebuilt(self.session.rebuild(&paths)));
                }
            }
        }
    }

    /// One line for a background search index.
    pub fn print_indexed(&self, indexed: &Indexed, changes: &Changes) {
        let ms = indexed.elapsed.as_millis();
        match &indexed.result {
            Ok(index) => {
                let made = msg!(
                    "serve-index-made",
                    ms = ms as u64,
                    files = index.len(),
                    rewritten = changes.len(),
                );
                match indexed.current {
                    true => eprintln!("{made}"),
                    false => eprintln!("{made}; {}", msg!("serve-index-again")),
                }
            }
            Err(problems) => {
                print_failure(&crate::pipeline::Failure::Content(problems.clone()));
                eprintln!("{}", msg!("serve-index-failed", ms = ms as u64));
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
