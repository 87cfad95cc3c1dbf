//! `terang build`: build the site and write it to the output folder.

use std::path::PathBuf;

use clap::Args;

use super::{SiteArgs, exit};
use super::{options_from, print_failure, print_warnings};
use crate::pipeline;

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: <site>/output)
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Print how long each stage took (load, resolve, render, write)
    #[arg(long)]
    pub timings: bool,
}

impl BuildArgs {
    pub fn run(self) -> u8 {
        let options = match options_from(&self.site, self.output) {
            Ok(o) => o,
            Err(code) => return code,
        };
        match pipeline::build_and_write(&options) {
            Ok(built) => {
                print_warnings(&built.warnings);
                let per_language = built
                    .pages_per_language()
                    .iter()
                    .map(|(lang, n)| format!("{n} {lang}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                eprintln!(
                    "built {} pages ({per_language}), {} files in {} ms → {}",
                    built
                        .pages_per_language()
                        .iter()
                        .map(|(_, n)| n)
                        .sum::<usize>(),
                    built.files.len(),
                    built.elapsed.as_millis(),
                    options.output_dir().display()
                );
                if self.timings {
                    eprintln!("timings: {}", built.timings.summary());
                }
                exit::OK
            }
            Err(failure) => print_failure(&failure),
        }
    }
}
