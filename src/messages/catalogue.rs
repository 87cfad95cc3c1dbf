//! The Fluent catalogue: the `.ftl` files of both languages, compiled in, parsed once, and the
//! formatting of one message.
//!
//! A message missing from the catalogue formats as its id (never a panic); the unit tests
//! below keep that from happening: every id the code uses exists in both languages, with the
//! same variables.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang};

/// One catalogue file per area, the same names under `en/` and `id/`.
macro_rules! areas {
    ($($name:literal),+ $(,)?) => {
        #[cfg(test)]
        const AREAS: &[&str] = &[$($name),+];
        const ENGLISH: &[&str] = &[$(include_str!(concat!("en/", $name, ".ftl"))),+];
        const INDONESIAN: &[&str] = &[$(include_str!(concat!("id/", $name, ".ftl"))),+];
    };
}
areas!(
    "report",
    "serve",
    "content",
    "yaml",
    "figures",
    "config",
    "data",
    "site",
    "markdown",
    "theme",
    "output",
    "trust",
    "sheets",
    "rawhtml",
    "versions",
    "charts",
    "identity",
    "indicator"
);

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<(Bundle, Bundle)> =
    LazyLock::new(|| (bundle("en", ENGLISH), bundle("id", INDONESIAN)));

fn bundle(code: &str, files: &[&str]) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
    // Messages go to terminals and log files, not into bidirectional text: no isolation marks
    // around the values (they would show as stray bytes in a terminal).
    bundle.set_use_isolating(false);
    for text in files {
        // A parse error keeps the entries that did parse; the tests make sure there are none.
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Message `id` in `lang` with `args` filled in; the id itself when the catalogue lacks it.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundles = &*BUNDLES;
    let bundle = match lang {
        Lang::En => &bundles.0,
        Lang::Id => &bundles.1,
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests;
