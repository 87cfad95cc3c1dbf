//! One [`Formatter`] per site language, built from the language's locale and the theme's
//! interface words.

use std::collections::{BTreeMap, HashMap};

use icu::collator::CollatorBorrowed;
use icu::collator::options::CollatorOptions;
use icu::locale::Locale;

use super::format::{Formatter, Words};
use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// Theme keys the formatter reads, and the `Words` field each fills.
const WORD_KEYS: [&str; 16] = [
    "chart_down",
    "chart_up",
    "chart_unchanged",
    "chart_single",
    "chart_range",
    "chart_series",
    "unit_percent",
    "unit_percentage_points",
    "unit_people",
    "unit_households",
    "period_semester",
    "period_quarter",
    "change_up",
    "change_down",
    "change_unchanged",
    "rupiah_prefix",
];

/// Formatters of every site language.
pub struct Locales {
    /// Formatters of the languages other than the default.
    by_lang: HashMap<String, Formatter>,
    /// The default language's formatter (also used for an unknown code).
    fallback: Formatter,
    collators: HashMap<String, CollatorBorrowed<'static>>,
}

impl Locales {
    pub fn new(
        config: &SiteConfig,
        strings: &BTreeMap<String, BTreeMap<String, String>>,
    ) -> Result<Locales, Diagnostics> {
        let mut problems = Diagnostics::new();
        let mut by_lang = HashMap::new();
        let mut collators = HashMap::new();
        for lang in &config.languages {
            let empty = BTreeMap::new();
            let s = strings.get(&lang.code).unwrap_or(&empty);
            let missing: Vec<&str> = WORD_KEYS
                .iter()
                .copied()
                .filter(|k| !s.contains_key(*k))
                .collect();
            if !missing.is_empty() {
                problems.push(
                    Diagnostic::error(
                        format!("themes/{}/i18n/{}.yaml", config.theme, lang.code),
                        msg!(
                            "theme-number-words-missing",
                            lang = &lang.code,
                            keys = missing.join(", ")
                        ),
                    )
                    .with_help(msg!("theme-number-words-missing-help")),
                );
                continue;
            }
            let get = |k: &str| s.get(k).cloned().unwrap_or_default();
            let words = Words {
                percent: get("unit_percent"),
                percentage_points: get("unit_percentage_points"),
                people: get("unit_people"),
                households: get("unit_households"),
                semester: get("period_semester"),
                quarter: get("period_quarter"),
                up: get("change_up"),
                down: get("change_down"),
                unchanged: get("change_unchanged"),
                rupiah_prefix: get("rupiah_prefix"),
                // Optional, so a theme made before `stat(rank=true)` still builds.
                rank: s
                    .get("stat_rank")
                    .cloned()
                    .unwrap_or_else(|| "{rank}/{count}".into()),
                // Optional too: themes made before typed corrections keep building.
                revised: s
                    .get("stat_revised")
                    .cloned()
                    .unwrap_or_else(|| "{date}".into()),
                corrected: s
                    .get("stat_corrected")
                    .cloned()
                    .unwrap_or_else(|| "{date}".into()),
            };
            if let Some(collator) = Locale::try_from_str(&lang.locale).ok().and_then(|l| {
                CollatorBorrowed::try_new((&l).into(), CollatorOptions::default()).ok()
            }) {
                collators.insert(lang.code.clone(), collator);
            }
            match Formatter::new(&lang.locale, words) {
                Ok(f) => {
                    by_lang.insert(lang.code.clone(), f);
                }
                Err(e) => problems.push(
                    Diagnostic::error(
                        "content/site.yaml",
                        msg!(
                            "config-language-problem",
                            code = &lang.code,
                            problem = e.to_string()
                        ),
                    )
                    .with_help(msg!("config-locale-bcp47-help")),
                ),
            }
        }
        if problems.error_count() > 0 {
            Err(problems)
        } else {
            match by_lang.remove(&config.default_language().code) {
                Some(fallback) => Ok(Locales {
                    by_lang,
                    fallback,
                    collators,
                }),
                None => Err(Diagnostic::error(
                    "content/site.yaml",
                    msg!("config-no-default-formatter"),
                )
                .into()),
            }
        }
    }

    /// Compare two texts as a reader of `lang` orders them (ICU collation: "Aceh" before
    /// "Bali" before "bantuan", accents in their place).
    pub fn compare(&self, lang: &str, a: &str, b: &str) -> std::cmp::Ordering {
        match self.collators.get(lang) {
            Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
            None => a.cmp(b),
        }
    }

    /// The formatter of `lang`; every site language has one after [`Locales::new`].
    /// An unknown code (a bug, not input) gets the default language's formatter.
    pub fn get(&self, lang: &str) -> &Formatter {
        self.by_lang.get(lang).unwrap_or(&self.fallback)
    }
}
