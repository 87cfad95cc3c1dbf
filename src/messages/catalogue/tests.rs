//! The catalogue's own checks: it parses, both languages have the same messages with the same
//! variables, and every `msg!` in the code names a message that exists, with its variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

type Variables = BTreeSet<String>;

/// Every message of one language: id → the variables it uses.
fn messages(files: &[&str]) -> BTreeMap<String, Variables> {
    let mut all = BTreeMap::new();
    for (area, text) in AREAS.iter().zip(files) {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{area}.ftl does not parse: {errors:?}"),
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = Variables::new();
                let value = message.value.as_ref();
                assert!(
                    value.is_some(),
                    "{area}.ftl: `{}` has no text",
                    message.id.name
                );
                value
                    .into_iter()
                    .for_each(|p| pattern_vars(p, &mut variables));
                let id = message.id.name.to_string();
                assert!(all.insert(id.clone(), variables).is_none(), "`{id}` twice");
            }
        }
    }
    all
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut Variables) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            variants.iter().for_each(|v| pattern_vars(&v.value, out));
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut Variables) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| inline_vars(a, out));
            arguments
                .named
                .iter()
                .for_each(|a| inline_vars(&a.value, out));
        }
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let english = messages(ENGLISH);
    let indonesian = messages(INDONESIAN);
    let only_en: Vec<_> = english
        .keys()
        .filter(|k| !indonesian.contains_key(*k))
        .collect();
    let only_id: Vec<_> = indonesian
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    assert!(only_id.is_empty(), "only in Indonesian: {only_id:?}");
    for (id, variables) in &english {
        assert_eq!(Some(variables), indonesian.get(id), "variables of `{id}`");
    }
}

/// Each `msg!("id", name = …)` in the code: (file, id, argument names).
fn uses_in(dir: &Path, out: &mut Vec<(String, String, Variables)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("messages") {
            uses_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (id, args) in invocations(&text) {
                out.push((path.display().to_string(), id, args));
            }
        }
    }
}

/// The `msg!` invocations of a Rust file: the id literal and the `name =` of each argument.
fn invocations(text: &str) -> Vec<(String, Variables)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("msg!(") {
        let mut pieces = vec![String::new()];
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        for c in text[start + "msg!(".len()..].chars() {
            if in_string {
                in_string = c != '"' || escaped;
                escaped = c == '\\' && !escaped;
            } else if c == '"' {
                in_string = true;
            } else if "([{".contains(c) {
                depth += 1;
            } else if ")]}".contains(c) {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if c == ',' && depth == 0 {
                pieces.push(String::new());
                continue;
            }
            if let Some(piece) = pieces.last_mut() {
                piece.push(c);
            }
        }
        let id = pieces[0].trim().trim_matches('"').to_string();
        let args = pieces[1..]
            .iter()
            .filter_map(|p| p.split_once('=').map(|(name, _)| name.trim().to_string()))
            .filter(|name| !name.is_empty())
            .collect();
        found.push((id, args));
    }
    found
}

#[test]
fn every_message_the_code_asks_for_exists_with_its_variables() {
    let catalogue = messages(ENGLISH);
    let mut uses = Vec::new();
    uses_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut uses,
    );
    assert!(uses.len() > 10, "the scan found {} uses", uses.len());
    for (file, id, args) in uses {
        let variables = catalogue.get(&id);
        assert!(
            variables.is_some(),
            "{file}: no message `{id}` in the catalogue"
        );
        assert_eq!(Some(&args), variables, "{file}: variables of `{id}`");
    }
}

#[test]
fn counts_take_their_plural_in_each_language() {
    let args = |e: usize, w: usize| [("errors", Arg::from(e)), ("warnings", Arg::from(w))];
    assert_eq!(
        format(Lang::En, "report-counts", &args(1, 2)),
        "1 error, 2 warnings"
    );
    assert_eq!(
        format(Lang::Id, "report-counts", &args(1, 2)),
        "1 kesalahan, 2 peringatan"
    );
}

#[test]
fn a_missing_message_reads_as_its_id() {
    assert_eq!(format(Lang::Id, "no-such-message", &[]), "no-such-message");
}

/// Indonesian has one plural form: a `[one]` variant would never be chosen (1 is `other`);
/// exact numbers (`[1]`) are what Indonesian messages select on.
#[test]
fn indonesian_selects_on_exact_numbers_not_plural_categories() {
    for (area, text) in AREAS.iter().zip(INDONESIAN) {
        assert!(!text.contains("[one]"), "id/{area}.ftl uses [one]");
    }
    let one = [("code", Arg::from("000B")), ("count", Arg::from(1usize))];
    let text = format(Lang::Id, "file-control-character", &one);
    assert!(text.ends_with("karakter ini dihapus dari situs"), "{text}");
}

/// A catalogue file on disk but not in `areas!` would be silently left out of the binary.
#[test]
fn every_catalogue_file_is_compiled_in() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages");
    for lang in ["en", "id"] {
        let mut on_disk: Vec<String> = std::fs::read_dir(dir.join(lang))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let mut listed: Vec<String> = AREAS.iter().map(|a| format!("{a}.ftl")).collect();
        listed.sort();
        assert_eq!(
            on_disk, listed,
            "src/messages/{lang}/ against areas! in catalogue.rs"
        );
    }
}
