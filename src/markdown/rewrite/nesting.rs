//! The nesting limit of a page (issue 17, finding 10): how deeply blocks and inline
//! elements may nest (lists in lists, quotes in quotes, emphasis in links…).

use pulldown_cmark::Event;

/// Writers stay under ten; a hundred thousand `- ` on one line make a page no browser builds
/// as written (Chromium stops nesting at 512) and that the search indexer takes time in
/// proportion to depth × size to read.
pub const MAX_NESTING: usize = 100;

/// How many elements are open at this point of the page.
#[derive(Default)]
pub(super) struct Nesting {
    depth: usize,
}

impl Nesting {
    /// Follow `event`; true for the one element that first goes past [`MAX_NESTING`] (the
    /// place to report, once).
    pub(super) fn too_deep(&mut self, event: &Event<'_>) -> bool {
        match event {
            Event::Start(_) => {
                self.depth += 1;
                self.depth == MAX_NESTING + 1
            }
            Event::End(_) => {
                self.depth = self.depth.saturating_sub(1);
                false
            }
            _ => false,
        }
    }
}
