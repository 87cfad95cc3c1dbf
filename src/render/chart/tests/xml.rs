//! A strict little SVG reader for the tests: quick-xml events into a tree, failing on
//! anything that is not well-formed.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// A parsed SVG element.
#[derive(Debug, Default)]
pub struct Node {
    pub name: String,
    attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
    pub text: String,
}

impl Node {
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split(' ').any(|c| c == class))
    }

    /// Every element below, depth first, skipping subtrees for which `skip` holds.
    pub fn find<'a>(&'a self, skip: &dyn Fn(&Node) -> bool, out: &mut Vec<&'a Node>) {
        for child in &self.children {
            if !skip(child) {
                out.push(child);
                child.find(skip, out);
            }
        }
    }

    pub fn all(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        self.find(&|_| false, &mut out);
        out
    }

    pub fn with_class(&self, class: &str) -> Vec<&Node> {
        self.all()
            .into_iter()
            .filter(|n| n.has_class(class))
            .collect()
    }

    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|n| n.name == name)
    }
}

fn element(e: &BytesStart) -> Node {
    let attrs = e
        .attributes()
        .map(|a| {
            let a = a.expect("attribute");
            (
                a.key.as_ref().to_string(),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("value")
                    .into_owned(),
            )
        })
        .collect();
    Node {
        name: e.name().as_ref().to_string(),
        attrs,
        ..Node::default()
    }
}

/// Parses `svg` strictly (matching end tags, known entities) into a tree.
pub fn parse(svg: &str) -> Node {
    let mut reader = Reader::from_str(svg);
    let mut stack = vec![Node::default()];
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed: {e}\n{svg}"));
        let top = |stack: &mut Vec<Node>| stack.pop().expect("open element");
        match event {
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => {
                let node = element(&e);
                stack.last_mut().expect("parent").children.push(node);
            }
            Event::End(_) => {
                let node = top(&mut stack);
                stack.last_mut().expect("parent").children.push(node);
            }
            Event::Text(t) => stack
                .last_mut()
                .expect("parent")
                .text
                .push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().expect("char ref") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .expect("known entity")
                        .to_string(),
                };
                stack.last_mut().expect("parent").text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut document = stack.pop().expect("document");
    assert!(stack.is_empty(), "unclosed elements");
    assert_eq!(document.children.len(), 1, "one root element");
    document.children.pop().expect("root")
}
