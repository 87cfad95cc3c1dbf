//! Inputs that used to take quadratic time (issue 17, findings 4 and 10), measured by size
//! (`cargo bench --bench scale`): loading a dataset of 20,000, 40,000 and 200,000 rows of
//! five columns (YAML parse, validation, the duplicate-row and outlier checks), and
//! rendering one article of 20,000 or 40,000 identical headings or `stat` shortcodes.
//! Doubling the size should about double the time. Figures in docs/performance.md.

use std::fmt::Write;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use terang::Diagnostics;
use terang::internals::content::Asset;
use terang::internals::data;
use terang::internals::i18n::locales::Locales;
use terang::internals::render::embed::DataEmbed;
use terang::pipeline::{self, Options};

/// A generated sample dataset of `rows` rows (clearly labelled as sample data).
fn dataset_yaml(rows: usize) -> String {
    let mut yaml = String::from(
        "title: {id: Data contoh, en: Sample data}
description: {id: 'Data contoh buatan, bukan statistik.', en: 'Generated sample data, not a statistic.'}
source: {name: Contoh, url: https://www.bps.go.id, published: 2020-01-15}
columns:
  - {key: wilayah, type: string, label: {id: Wilayah, en: Region}}
  - {key: kode, type: string, label: {id: Kode, en: Code}}
  - {key: a, type: number, label: {id: A, en: A}}
  - {key: b, type: number, label: {id: B, en: B}}
  - {key: c, type: number, label: {id: C, en: C}}
rows:
",
    );
    for n in 0..rows {
        let _ = writeln!(
            yaml,
            "  - {{wilayah: W{n}, kode: K{n}, a: {n}, b: 1.5, c: 2}}"
        );
    }
    yaml
}

fn scale(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("dataset load");
    group.sample_size(10);
    for rows in [20_000, 40_000, 200_000] {
        let path = dir.path().join(format!("contoh-{rows}.yaml"));
        std::fs::write(&path, dataset_yaml(rows)).expect("write the dataset");
        let files = [Asset {
            path,
            rel: format!("data/contoh-{rows}.yaml"),
        }];
        group.bench_function(format!("{rows} rows x 5 columns"), |b| {
            b.iter(|| {
                let mut problems = Diagnostics::new();
                let sets = data::load(&files, dir.path(), &["id", "en"], &mut problems);
                assert_eq!(problems.error_count(), 0, "{problems:?}");
                sets
            })
        });
    }
    group.finish();
}

/// One article of the example site with `body` as its Markdown, rendered in Indonesian.
fn article(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
    let options = Options::new(
        root.clone(),
        jiff::Timestamp::from_second(1_764_000_000).expect("a time"),
    );
    let Ok(built) = pipeline::build(&options) else {
        panic!("the example site builds");
    };
    let site = &built.site;
    let codes: Vec<&str> = site.config.language_codes();
    let theme = terang::internals::render::theme::load(&root, &site.config.theme, &codes)
        .expect("the default theme loads");
    let locales = Locales::new(&site.config, &theme.strings).expect("locales");
    let seed = site
        .docs
        .iter()
        .find(|d| d.doc.rel.ends_with("pendamping-bansos/index.id.md"))
        .expect("the seed article");
    let embed = DataEmbed {
        site,
        locales: &locales,
        strings: &theme.strings,
    };
    let mut group = c.benchmark_group("one article");
    group.sample_size(10);
    for n in [20_000, 40_000] {
        let bodies = [
            ("identical headings", "## Catatan\n\nTeks.\n\n".repeat(n)),
            (
                "stat shortcodes in one paragraph",
                "{{ stat(data=\"kemiskinan\", row=\"2018-09\", col=\"persen\") }} ".repeat(n),
            ),
        ];
        for (what, body) in bodies {
            let mut doc = seed.clone();
            doc.text = format!("{}{body}", &seed.text[..seed.body_start]);
            group.bench_function(format!("{n} {what}"), |b| {
                b.iter(|| terang::internals::markdown::render(site, &doc, "id", &embed))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scale, article);
criterion_main!(benches);
