//! `terang init DIR`: a new site from the built-in skeleton, ready to build.

use std::path::PathBuf;

use clap::Args;

use super::exit;

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
            eprintln!("error: `{}` is a file, not a folder", self.dir.display());
            return exit::USAGE;
        }
        match crate::init::is_empty(&self.dir) {
            Ok(true) => {}
            Ok(false) if self.force => {}
            Ok(false) => {
                eprintln!(
                    "error: `{}` is not empty; choose a new folder, or add --force to write the new site into it (files of the same name are replaced)",
                    self.dir.display()
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
                eprintln!(
                    "created a new site in {} ({} files). Next:\n  cd {}\n  terang serve        # then open http://127.0.0.1:1111/\n  terang new news \"A first article\"",
                    self.dir.display(),
                    files.len(),
                    self.dir.display()
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
