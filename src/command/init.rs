//! `terang init DIR`: a new site from the built-in skeleton, ready to build.

use std::path::PathBuf;

use clap::Args;

use super::exit;
use crate::messages::msg;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder for the new site (created if it does not exist)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Write into a folder that is not empty (files of the same name are replaced)
    #[arg(long)]
    pub force: bool,
}

impl InitArgs {
    pub fn run(self) -> u8 {
        if self.dir.exists() && !self.dir.is_dir() {
            eprintln!(
                "error: {}",
                msg!("init-is-a-file", dir = self.dir.display())
            );
            return exit::USAGE;
        }
        match crate::init::is_empty(&self.dir) {
            Ok(true) => {}
            Ok(false) if self.force => {}
            Ok(false) => {
                eprintln!(
                    "error: {}",
                    msg!("init-not-empty", dir = self.dir.display())
                );
                return exit::CONTENT;
            }
            Err(e) => {
                eprintln!("error: {e:#}");
                return exit::USAGE;
            }
        }
        match crate::init::write(&self.dir) {
            Ok(files) => {
                for file in &files {
                    println!("{}", self.dir.join(file).display());
                }
                let dir = self.dir.display().to_string();
                eprintln!(
                    "{}\n  cd {dir}\n  terang serve        # {}\n  terang new news \"{}\"",
                    msg!("init-created", dir = &dir, count = files.len()),
                    msg!("init-then-open"),
                    msg!("init-first-title"),
                );
                exit::OK
            }
            Err(e) => {
                eprintln!("error: {e:#}");
                exit::USAGE
            }
        }
    }
}
