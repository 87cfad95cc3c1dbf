//! One module per subcommand.

pub mod build;
pub mod check;
pub mod init;
mod live;
pub mod new;
mod report;
pub mod serve;
pub mod watch;

pub use report::{options_from, print_failure, print_warnings};
