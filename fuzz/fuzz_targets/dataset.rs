//! Fuzz target: one dataset file. Loaded and checked alone first (fast); when it is valid,
//! the whole site is built too, so charts, tables, CSV, JSON and the catalog see it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use terang::internals::content::Asset;
use terang::Diagnostics;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let site = common::site();
    let path = site.join("content/data/fuzz.yaml");
    std::fs::write(&path, data).unwrap();
    let file = Asset {
        path,
        rel: "data/fuzz.yaml".into(),
    };
    let mut problems = Diagnostics::new();
    let loaded = terang::internals::data::load(&[file], site, &["id", "en"], &mut problems);
    if problems.error_count() == 0 && !loaded.is_empty() {
        let _ = common::build();
    }
});
