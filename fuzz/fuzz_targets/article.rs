//! Fuzz target: one article (front matter, Markdown, shortcodes) in a small bilingual site,
//! built in-process through every stage but the write.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let path = common::site().join("content/news/2025-02-01-uji.id.md");
    std::fs::write(&path, data).unwrap();
    let _ = common::build();
});
