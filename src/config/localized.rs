//! Text a visitor reads: one plain string for every language, or a map `{id: .., en: ..}`.

use std::collections::BTreeMap;
use std::fmt;

use crate::messages::msg;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// A text as written in YAML, before the languages are checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Localized {
    /// The same text in every language.
    Plain(String),
    /// One text per language code, in the order written.
    PerLanguage(Vec<(String, String)>),
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

struct LocalizedVisitor;

impl<'de> Visitor<'de> for LocalizedVisitor {
    type Value = Localized;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&msg!("config-expecting-text"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
        Ok(Localized::Plain(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Localized, E> {
        Ok(Localized::Plain(v))
    }

    // Numbers and booleans are texts too when a person writes `title: 2019`.
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Localized, E> {
        Ok(Localized::Plain(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Localized, E> {
        Ok(Localized::Plain(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Localized, E> {
        Ok(Localized::Plain(v.to_string()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Localized, E> {
        Ok(Localized::Plain(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
        let mut entries = Vec::new();
        while let Some((lang, text)) = map.next_entry::<String, String>()? {
            entries.push((lang, text));
        }
        Ok(Localized::PerLanguage(entries))
    }
}

/// A text resolved for every language of the site.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// The same text in every language.
    pub fn same(languages: &[&str], text: &str) -> Text {
        Text(
            languages
                .iter()
                .map(|l| (l.to_string(), text.to_string()))
                .collect(),
        )
    }

    /// The text in `lang` ("" when absent, which resolution rules out for required texts).
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).map(String::as_str).unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(String::is_empty)
    }
}

/// What is wrong with a localized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalizedError {
    MissingLanguage(String),
    UnknownLanguage(String),
}

impl fmt::Display for LocalizedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalizedError::MissingLanguage(l) => {
                f.write_str(&msg!("config-text-missing-language", lang = l))
            }
            LocalizedError::UnknownLanguage(l) => {
                f.write_str(&msg!("config-text-unknown-language", lang = l))
            }
        }
    }
}

impl Localized {
    /// Check the languages against the site's and give one text per language.
    pub fn resolve(&self, languages: &[&str]) -> Result<Text, LocalizedError> {
        match self {
            Localized::Plain(text) => Ok(Text::same(languages, text)),
            Localized::PerLanguage(entries) => {
                let mut map = BTreeMap::new();
                for (lang, text) in entries {
                    if !languages.contains(&lang.as_str()) {
                        return Err(LocalizedError::UnknownLanguage(lang.clone()));
                    }
                    map.insert(lang.clone(), text.clone());
                }
                for lang in languages {
                    if !map.contains_key(*lang) {
                        return Err(LocalizedError::MissingLanguage(lang.to_string()));
                    }
                }
                Ok(Text(map))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_the_same_in_every_language() {
        let t = Localized::Plain("BPS".into())
            .resolve(&["id", "en"])
            .unwrap();
        assert_eq!(t.get("id"), "BPS");
        assert_eq!(t.get("en"), "BPS");
    }

    #[test]
    fn a_map_must_have_every_language() {
        let l = Localized::PerLanguage(vec![("id".into(), "Berita".into())]);
        assert_eq!(
            l.resolve(&["id", "en"]),
            Err(LocalizedError::MissingLanguage("en".into()))
        );
    }

    #[test]
    fn a_map_may_not_name_other_languages() {
        let l = Localized::PerLanguage(vec![
            ("id".into(), "a".into()),
            ("en".into(), "b".into()),
            ("fr".into(), "c".into()),
        ]);
        assert_eq!(
            l.resolve(&["id", "en"]),
            Err(LocalizedError::UnknownLanguage("fr".into()))
        );
    }
}
