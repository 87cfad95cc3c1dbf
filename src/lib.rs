//! terang: a static-site generator for public program-transparency reporting.
//!
//! Data flows one way: load (`config`, `content`) → validate → resolve (`site`) → render
//! (`markdown`, `render`) → write (`output`), sequenced by `pipeline`.

pub mod cli;
pub mod command;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostic;
pub mod i18n;
pub mod init;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod rebuild;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod watch;
pub mod yaml;
