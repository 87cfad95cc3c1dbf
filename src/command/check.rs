//! `terang check`: everything `build` validates, without writing (nor making the search
//! index, which is output, not validation).

use clap::Args;

use super::{SiteArgs, exit};
use super::{options_from, pages_line, print_failure, print_left_out, print_warnings};
use crate::messages::msg;
use crate::pipeline;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
}

impl CheckArgs {
    pub fn run(self) -> u8 {
        let mut options = match options_from(&self.site, None) {
            Ok(o) => o,
            Err(code) => return code,
        };
        options.translation_coverage = true;
        match pipeline::check(&options) {
            Ok(built) => {
                print_warnings(&built.warnings);
                eprintln!("{}", msg!("report-check-ok", pages = pages_line(&built)));
                print_left_out(&built);
                exit::OK
            }
            Err(failure) => print_failure(&failure),
        }
    }
}
