//! Fuzz target: the input as an article body with raw HTML allowed (`raw_html: true`):
//! `<img>` checks, `class` and `id` checks, block and inline HTML, the sanitizer after them.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
#[path = "page.rs"]
mod page;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    page::render(input);
});
