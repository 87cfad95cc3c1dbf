//! `terang serve`: build, serve the site from memory on loopback, rebuild on every change
//! to `content/` or `themes/`, reload open tabs, show build errors over the last good site.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::live::{Live, Next};
use super::options_from;
use super::{SiteArgs, exit};
use crate::messages::msg;
use crate::pipeline::Failure;
use crate::rebuild::Outcome;
use crate::serve::{self, Server, State};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The site folder (the one holding content/)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub site: PathBuf,
    /// The address to listen on; 0.0.0.0 lets other machines see your drafts
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// The port to listen on (0: any free port, printed at start)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Open the site in a browser once it is built
    #[arg(long)]
    pub open: bool,
    /// Leave out pages with `draft: true` (shown by default, each marked as a draft)
    #[arg(long)]
    pub no_drafts: bool,
    /// Include pages with `draft: true` (the default of `serve`)
    #[arg(long, hide = true, conflicts_with = "no_drafts")]
    pub drafts: bool,
    /// Include pages dated in the future
    #[arg(long)]
    pub future: bool,
}

impl ServeArgs {
    pub fn run(self) -> u8 {
        let listener = match serve::listen(self.bind, self.port) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {e}");
                return exit::USAGE;
            }
        };
        let url = match listener.local_addr() {
            Ok(addr) => serve::local_url(addr),
            Err(e) => {
                eprintln!("error: {}", msg!("serve-no-address", error = e.to_string()));
                return exit::USAGE;
            }
        };
        if let Some(warning) = serve::exposure_warning(self.bind) {
            eprintln!("{warning}");
        }
        let site_args = SiteArgs {
            site: self.site,
            // Links and canonical URLs point at this server, not at the published site.
            base_url: Some(url.clone()),
            // A writer previews what they write: drafts are shown unless asked otherwise.
            drafts: !self.no_drafts,
            future: self.future,
            strict: false,
        };
        let options = match options_from(&site_args, None) {
            Ok(o) => o,
            Err(code) => return code,
        };
        // serve writes nothing; the watcher ignores this folder all the same.
        let output = options.output_dir();
        let mut live = match Live::start(options, &output) {
            Ok(live) => live,
            Err(code) => return code,
        };
        let state = Arc::new(State::new(&live.session.options().site_dir));
        let first = live.session.rebuild(&[]);
        if let Outcome::Failed(failure @ Failure::Environment(_)) = &first.outcome {
            return super::print_failure(failure);
        }
        let server = match Server::start(listener, state.clone()) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e:#}");
                return exit::USAGE;
            }
        };
        state.publish(&first);
        live.print(&first, &msg!("serve-fix-and-reload"));
        // On stdout, alone, so scripts (and the tests) can read the address.
        println!("{}", msg!("serve-listening", url = &url));
        if self.open {
            serve::open_browser(&url);
        }
        while let Some(next) = live.next() {
            match next {
                Next::Rebuilt(report) => {
                    state.publish(&report);
                    live.print(&report, &msg!("serve-still-serving"));
                }
                Next::Indexed {
                    indexed,
                    site,
                    changes,
                } => {
                    // The pages are the same: no tab needs reloading for a new index.
                    state.replace(site);
                    live.print_indexed(&indexed, &changes);
                }
            }
        }
        server.stop();
        eprintln!("{}", msg!("serve-stopped"));
        exit::OK
    }
}
