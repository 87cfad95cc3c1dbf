//! The `terang` binary: parse the command line and hand over to [`terang::cli::run`].

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // clap exits with code 2 on a bad command line, as the SPEC asks.
    let cli = terang::cli::Cli::parse();
    terang::cli::run(cli)
}
