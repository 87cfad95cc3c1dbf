//! Task lists made accessible: pulldown-cmark writes a bare checkbox, which has no
//! accessible name; terang puts it in a `<label>` with the item's text.

use pulldown_cmark::{Event, Tag, TagEnd};

/// A task list's checkbox inside a `<label>` with the item's text, so it has an accessible
/// name (WCAG 4.1.2; pulldown-cmark writes a bare `<input>`, which axe reports as unlabelled).
/// The label closes before the first block inside the item (a nested list, a second
/// paragraph), since a label holds phrasing content only.
pub(super) fn label_tasks(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut open = false;
    for event in events {
        if open && !is_inline(&event) {
            out.push(Event::Html("</label>".into()));
            open = false;
        }
        match event {
            Event::TaskListMarker(checked) => {
                let checked = if checked { " checked" } else { "" };
                out.push(Event::Html(
                    format!("<label class=\"task\"><input type=\"checkbox\" disabled{checked}> ")
                        .into(),
                ));
                open = true;
            }
            other => out.push(other),
        }
    }
    if open {
        out.push(Event::Html("</label>".into()));
    }
    out
}

/// Whether an event stays inside a paragraph's phrasing content.
fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn html(markdown: &str) -> String {
        let events: Vec<Event> = Parser::new_ext(markdown, super::super::options()).collect();
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, label_tasks(events).into_iter());
        out
    }

    #[test]
    fn task_checkboxes_are_labelled_by_their_item_text() {
        assert_eq!(
            html("- [x] sent *today*\n- [ ] written\n"),
            "<ul>\n<li><label class=\"task\"><input type=\"checkbox\" disabled checked> sent <em>today</em></label></li>\n\
             <li><label class=\"task\"><input type=\"checkbox\" disabled> written</label></li>\n</ul>\n"
        );
    }

    #[test]
    fn task_label_closes_before_a_nested_list_and_in_loose_items() {
        let nested = html("- [ ] parent\n  - child\n");
        assert!(
            nested.contains("disabled> parent</label>\n<ul>"),
            "{nested}"
        );
        let loose = html("- [x] one\n\n  more\n\n- [ ] two\n");
        assert!(
            loose.contains("disabled checked> one</label></p>\n<p>more</p>"),
            "{loose}"
        );
        assert_eq!(
            loose.matches("<label").count(),
            loose.matches("</label>").count()
        );
    }
}
