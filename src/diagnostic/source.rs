//! Byte offsets to line and column numbers.

/// Start offsets of every line of a text, for offset → (line, column) lookups.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based character column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text
            .get(start..offset)
            .map(|prefix| prefix.chars().count())
            .unwrap_or(0);
        (line, column + 1)
    }

    /// The text of 1-based `line`, without its line ending; `None` past the last line.
    pub fn line_text<'a>(&self, text: &'a str, line: usize) -> Option<&'a str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        if start >= text.len() {
            return None;
        }
        let end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        text.get(start..end).map(|l| l.trim_end_matches('\r'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "ab\ncé d\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        assert_eq!(index.line_col(text, 3), (2, 1));
        // "é" is two bytes; "d" is the fourth character of line 2.
        assert_eq!(index.line_col(text, 7), (2, 4));
        assert_eq!(index.line_col(text, 999), (3, 1));
    }

    #[test]
    fn line_text_matches_str_lines() {
        for text in ["", "a", "a\n", "a\r\nb", "a\n\nb\n", "\n", "x\r\n\r\n"] {
            let index = LineIndex::new(text);
            for line in 1..5 {
                let wanted = text.lines().nth(line - 1);
                assert_eq!(index.line_text(text, line), wanted, "{text:?} line {line}");
            }
            assert_eq!(index.line_text(text, 0), None);
        }
    }
}
