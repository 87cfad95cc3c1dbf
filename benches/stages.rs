//! The hot stages, one at a time, on the repository's example site (`cargo bench`):
//! Markdown (the seed article with its `stat` shortcodes), a chart, a whole build in memory
//! (templates included) and the write of rendered pages into a staging folder. Whole-site
//! comparisons with Hugo are in `bench/compare.sh`; figures in docs/performance.md.

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use terang::internals::i18n::locales::Locales;
use terang::internals::output::Staging;
use terang::internals::render::chart::{ChartWords, chart_svg};
use terang::internals::render::embed::DataEmbed;
use terang::pipeline::{self, Options};
use terang::{OutputFile, Payload};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn options() -> Options {
    Options::new(
        example(),
        jiff::Timestamp::from_second(1_764_000_000).expect("a time"),
    )
}

fn stages(c: &mut Criterion) {
    let Ok(built) = pipeline::build(&options()) else {
        panic!("the example site builds");
    };
    let site = &built.site;
    let codes: Vec<&str> = site.config.language_codes();
    let theme = terang::internals::render::theme::load(&example(), &site.config.theme, &codes)
        .expect("the default theme loads");
    let locales = Locales::new(&site.config, &theme.strings).expect("locales");

    let article = site
        .docs
        .iter()
        .find(|d| d.doc.rel.ends_with("pendamping-bansos/index.id.md"))
        .expect("the seed article");
    let embed = DataEmbed {
        site,
        locales: &locales,
        strings: &theme.strings,
    };
    c.bench_function(
        "markdown: the seed article (id), shortcodes and links",
        |b| b.iter(|| terang::internals::markdown::render(site, article, "id", &embed)),
    );

    let dataset = site.dataset("kemiskinan").expect("the poverty dataset");
    let strings = theme.strings.get("id").expect("Indonesian strings");
    let words = ChartWords::from_strings(|k| strings.get(k).cloned()).expect("chart words");
    c.bench_function("chart: kemiskinan line chart (id)", |b| {
        b.iter(|| chart_svg(dataset, locales.get("id"), "id", &words))
    });

    c.bench_function(
        "build in memory: the example site (every stage but the write)",
        |b| {
            b.iter(|| {
                pipeline::build(&options())
                    .map(|built| built.files.len())
                    .ok()
            })
        },
    );

    // 2,000 pages of 12 KB (an article page's size), as a build streams them.
    let page = vec![b'x'; 12 * 1024];
    let files: Vec<OutputFile> = (0..2000)
        .map(|i| OutputFile {
            path: format!("news/article-{i}/index.html"),
            payload: Payload::Bytes(page.clone()),
        })
        .collect();
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("write");
    group.sample_size(10);
    group.bench_function(
        "2,000 pages of 12 KB into a staging folder, then swap",
        |b| {
            b.iter(|| {
                let output = scratch.path().join("output");
                let claim = terang::internals::output::claim(&output, scratch.path(), false)
                    .expect("claim");
                let staging = Staging::create(&claim).expect("staging");
                let written: Vec<OutputFile> =
                    files.iter().cloned().map(|f| staging.put(f)).collect();
                staging.commit(&written).expect("commit");
            })
        },
    );
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
