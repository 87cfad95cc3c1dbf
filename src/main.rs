//! The `terang` binary: parse the command line and hand over to [`terang::cli::run`].

use std::process::ExitCode;

use clap::Parser;

// Rendering allocates and frees many small strings and template values on every thread;
// mimalloc does that with far less time in the allocator than glibc's (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // clap exits with code 2 on a bad command line, as the SPEC asks.
    let cli = terang::cli::Cli::parse();
    terang::cli::run(cli)
}
