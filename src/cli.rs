//! The command line: one subcommand, one args struct with `run()`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::command;

/// terang builds a bilingual public-transparency website (news, events and program
/// statistics) from Markdown and YAML in content/.
#[derive(Debug, Parser)]
#[command(name = "terang", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of messages: id (Bahasa Indonesia) or en; default from LC_ALL, LC_MESSAGES,
    /// LANG (Indonesian when it starts with `id`)
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub messages: Option<crate::messages::Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into output/ (replaced atomically: a failed build keeps the old one)
    Build(command::build::BuildArgs),
    /// Check everything a build checks, without writing anything
    Check(command::check::CheckArgs),
    /// Make a new site in DIR from the built-in skeleton
    Init(command::init::InitArgs),
    /// Write a new draft article: content/SECTION/YYYY-MM-DD-slug.LANG.md
    New(command::new::NewArgs),
    /// Write the other language's file of an article or page, ready to translate
    Translate(command::translate::TranslateArgs),
    /// Serve the site on http://127.0.0.1:1111/, rebuilding and reloading on every change
    Serve(command::serve::ServeArgs),
    /// Build into output/, then rebuild on every change to content/ or themes/ (no server)
    Watch(command::watch::WatchArgs),
    /// Datasets: `data import FILE` writes the YAML metadata for rows kept in a spreadsheet
    Data(command::data::DataArgs),
}

pub fn run(cli: Cli) -> ExitCode {
    let language = cli
        .messages
        .unwrap_or_else(crate::messages::language_from_env);
    crate::messages::set_language(language);
    let code = match cli.command {
        Command::Build(args) => args.run(),
        Command::Check(args) => args.run(),
        Command::Init(args) => args.run(),
        Command::New(args) => args.run(),
        Command::Translate(args) => args.run(),
        Command::Serve(args) => args.run(),
        Command::Watch(args) => args.run(),
        Command::Data(args) => args.run(),
    };
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
