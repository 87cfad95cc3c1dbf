//! One module per subcommand.

pub mod build;
pub mod check;
mod report;

pub use report::{options_from, print_failure, print_warnings};
