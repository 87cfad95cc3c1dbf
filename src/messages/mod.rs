//! The words terang says to the people who run it: diagnostics, help lines, build summaries,
//! `serve`'s log lines and the browser overlay, in Indonesian or English, from one catalogue.
//!
//! The catalogue is Project Fluent: one `.ftl` file per area and language under
//! `src/messages/en/` and `src/messages/id/`, compiled into the binary. Code asks for a message
//! by id with [`msg!`]; the language is chosen once per process ([`set_language`]) from
//! `--messages id|en`, else from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; SPEC §7).
//! The library defaults to English, so tests and embedders see one stable language.

mod catalogue;

use std::sync::atomic::{AtomicU8, Ordering};

/// A language terang speaks to its users in (not a language of the site).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

static CURRENT: AtomicU8 = AtomicU8::new(LANG_EN);
const LANG_EN: u8 = 0;
const LANG_ID: u8 = 1;

/// Speak `lang` from now on, in every thread of this process.
pub fn set_language(lang: Lang) {
    let code = match lang {
        Lang::En => LANG_EN,
        Lang::Id => LANG_ID,
    };
    CURRENT.store(code, Ordering::Relaxed);
}

/// The language messages are written in now.
pub fn language() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        LANG_ID => Lang::Id,
        _ => Lang::En,
    }
}

/// The language the user's locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set and not empty (POSIX precedence) decides; Indonesian when it starts with `id`.
pub fn language_from_env() -> Lang {
    language_from_vars(|name| std::env::var(name).ok())
}

fn language_from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.is_empty());
    match locale {
        Some(value) if value.starts_with("id") => Lang::Id,
        _ => Lang::En,
    }
}

/// A value put into a message: text, or a number (numbers choose plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&&str> for Arg {
    fn from(text: &&str) -> Self {
        Arg::Text((*text).to_string())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

impl From<std::path::Display<'_>> for Arg {
    fn from(path: std::path::Display<'_>) -> Self {
        Arg::Text(path.to_string())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                // Counts, years, line numbers: all far below 2^53, so exact as f64.
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i16, i32, i64, f64);

/// The message `id` in the current language, its `{ $name }` placeholders filled from `args`.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    catalogue::format(language(), id, args)
}

/// `msg!("id", name = value, ...)`: the message `id` in the current language (see [`text`]).
macro_rules! msg {
    ($id:literal) => {
        $crate::messages::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::text(
            $id,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}
pub(crate) use msg;

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn indonesian_locale_chooses_indonesian() {
        assert_eq!(
            language_from_vars(vars(&[("LANG", "id_ID.UTF-8")])),
            Lang::Id
        );
        assert_eq!(
            language_from_vars(vars(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(language_from_vars(vars(&[])), Lang::En);
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = [("LC_ALL", "C"), ("LC_MESSAGES", "id_ID"), ("LANG", "id_ID")];
        assert_eq!(language_from_vars(vars(&all)), Lang::En);
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "id_ID"), ("LANG", "en_US")];
        assert_eq!(language_from_vars(vars(&messages)), Lang::Id);
    }
}
