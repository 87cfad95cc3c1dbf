//! Fuzz target: link resolution. Each line of the input is a destination, written as a
//! Markdown link, a Markdown image, a raw `<a href>` and a raw `<img src>` (raw HTML on):
//! page files (`@/…`, `../x.md`), site addresses, files next to the page, other hosts.
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
    let mut body = String::new();
    for dest in input.lines().take(64) {
        let dest: String = dest.chars().filter(|c| !matches!(c, '<' | '>')).collect();
        let quoted = dest.replace('"', "&quot;");
        body.push_str(&format!(
            "[tautan](<{dest}>) ![gambar](<{dest}>) <a href=\"{quoted}\">a</a> <img src=\"{quoted}\" alt=\"g\">\n\n"
        ));
    }
    page::render(&body);
});
