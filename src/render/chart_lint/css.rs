//! A theme stylesheet as the chart lint needs it: style rules (selector, declarations with
//! their line and column) and the media condition each sits in. Tokens and blocks come from
//! `cssparser` (the tokenizer Servo and Firefox use); this module only walks its blocks.

use cssparser::{Delimiter, ParseError, Parser, ParserInput, Token};

/// One `name: value` of a style rule, where it was written (1-based line and column).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Declaration {
    pub name: String,
    /// The value as written, without `!important` and surrounding spaces.
    pub value: String,
    pub line: usize,
    pub column: usize,
}

/// A style rule: its selector text, the `@media` preludes around it (outermost first) and
/// its declarations in source order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    pub selector: String,
    pub media: Vec<String>,
    pub declarations: Vec<Declaration>,
}

impl Rule {
    /// True when any selector of the list names the class `class` (`.chart-label`).
    pub fn has_class(&self, class: &str) -> bool {
        let dotted = format!(".{class}");
        self.selector.match_indices(&dotted).any(|(i, _)| {
            let after = self.selector[i + dotted.len()..].chars().next();
            !matches!(after, Some(c) if c.is_alphanumeric() || c == '-' || c == '_')
        })
    }

    /// True when the rule applies to the document root in light and dark alike (`:root`, `html`).
    pub fn is_root(&self) -> bool {
        self.selector
            .split(',')
            .any(|s| matches!(s.trim(), ":root" | "html"))
    }
}

/// Every style rule of `text`, top-level or inside `@media` (other at-rules are skipped).
pub(crate) fn rules(text: &str) -> Vec<Rule> {
    let mut input = ParserInput::new(text);
    let mut parser = Parser::new(&mut input);
    let mut out = Vec::new();
    walk(&mut parser, &[], &mut out);
    out
}

type Failed<'i> = ParseError<'i, ()>;

fn walk(input: &mut Parser, media: &[String], out: &mut Vec<Rule>) {
    loop {
        input.skip_whitespace();
        let start = input.position();
        let at_rule = match input.next() {
            Err(_) => return,
            Ok(Token::AtKeyword(name)) => Some(name.to_ascii_lowercase()),
            Ok(_) => None,
        };
        // The prelude runs to the rule's block (or to `;` for a statement at-rule).
        let mut has_block = false;
        loop {
            match input.next() {
                Ok(Token::CurlyBracketBlock) => {
                    has_block = true;
                    break;
                }
                Ok(Token::Semicolon) | Err(_) => break,
                Ok(_) => {}
            }
        }
        if !has_block {
            continue;
        }
        let prelude = input.slice_from(start);
        let prelude = prelude[..prelude.rfind('{').unwrap_or(prelude.len())].trim();
        match at_rule.as_deref() {
            Some("media") => {
                let condition = prelude
                    .trim_start_matches(|c| c != ' ' && c != '(')
                    .trim()
                    .to_ascii_lowercase();
                let mut inner = media.to_vec();
                inner.push(condition);
                let _ = input.parse_nested_block(|block| {
                    walk(block, &inner, out);
                    Ok::<(), Failed>(())
                });
            }
            Some(_) => {}
            None => {
                let selector = prelude.split_whitespace().collect::<Vec<_>>().join(" ");
                let declarations = input
                    .parse_nested_block(|block| Ok::<_, Failed>(declarations(block)))
                    .unwrap_or_default();
                out.push(Rule {
                    selector,
                    media: media.to_vec(),
                    declarations,
                });
            }
        }
    }
}

fn declarations(input: &mut Parser) -> Vec<Declaration> {
    let mut out = Vec::new();
    while !input.is_exhausted() {
        input.skip_whitespace();
        let place = input.current_source_location();
        let name = match input.next() {
            Ok(Token::Ident(name)) => Some(name.to_string()),
            Ok(_) => None,
            Err(_) => break,
        };
        let colon = name.is_some() && input.expect_colon().is_ok();
        let value = input.parse_until_after(Delimiter::Semicolon, |rest| {
            let start = rest.position();
            while rest.next().is_ok() {}
            Ok::<_, Failed>(rest.slice_from(start).to_string())
        });
        let (Some(name), true, Ok(value)) = (name, colon, value) else {
            continue;
        };
        let value = value.trim().trim_end_matches(';').trim();
        let value = strip_important(value);
        out.push(Declaration {
            // Custom properties are case-sensitive; standard ones are not.
            name: if name.starts_with("--") {
                name
            } else {
                name.to_ascii_lowercase()
            },
            value: value.to_string(),
            line: place.line as usize + 1,
            column: place.column as usize,
        });
    }
    out
}

fn strip_important(value: &str) -> &str {
    let lower = value.to_ascii_lowercase();
    match lower.rfind('!') {
        Some(i) if lower[i + 1..].trim() == "important" => value[..i].trim_end(),
        _ => value,
    }
}
