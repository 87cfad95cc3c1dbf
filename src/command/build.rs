//! `terang build`: build the site and write it to the output folder.

use std::path::PathBuf;

use clap::Args;

use super::{SiteArgs, exit};
use super::{options_from, pages_line, print_failure, print_left_out, print_warnings};
use crate::messages::msg;
use crate::pipeline::{self, Options};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: <site>/output)
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace the output folder even when it is not empty and terang did not make it
    #[arg(long)]
    pub force: bool,
    /// Print how long each stage took (load, resolve, render, write)
    #[arg(long)]
    pub timings: bool,
}

impl BuildArgs {
    pub fn run(self) -> u8 {
        let options = match options_from(&self.site, self.output) {
            Ok(o) => Options {
                force: self.force,
                ..o
            },
            Err(code) => return code,
        };
        match pipeline::build_and_write(&options) {
            Ok(built) => {
                print_warnings(&built.warnings);
                eprintln!(
                    "{}",
                    msg!(
                        "report-built",
                        pages = pages_line(&built),
                        files = built.files.len(),
                        ms = built.elapsed.as_millis() as u64,
                        output = options.output_dir().display(),
                    )
                );
                print_left_out(&built);
                let images = built.images;
                if images.processed + images.reused > 0 {
                    eprintln!(
                        "{}",
                        msg!(
                            "report-images",
                            processed = images.processed,
                            reused = images.reused
                        )
                    );
                }
                if self.timings {
                    let stages = built.timings.summary();
                    eprintln!("{}", msg!("report-timings", stages = stages));
                }
                exit::OK
            }
            Err(failure) => print_failure(&failure),
        }
    }
}
