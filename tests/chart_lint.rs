//! The chart accessibility lint on real builds: the default theme passes; a default palette
//! colour made lighter fails the build, naming the CSS line, the colour pair, the ratio and
//! the charts that use it; a chart whose series cannot be told apart without colour fails.

mod common;

use std::path::Path;

use common::{SiteTest, copy_dir};

fn site_with_the_default_theme_on_disk() -> SiteTest {
    let site = SiteTest::small().file("content/data/kemiskinan.yaml", common::POVERTY_CHART);
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    copy_dir(&theme, &site.root().join("themes/default"));
    site
}

#[test]
fn default_theme_charts_pass_the_lint() {
    let site = SiteTest::small().file("content/data/kemiskinan.yaml", common::POVERTY_CHART);
    let run = site.build(&["--strict"]);
    run.assert_ok();
    assert!(!run.stderr.contains("chart"), "{}", run.stderr);
}

#[test]
fn default_palette_colour_made_lighter_fails_the_build() {
    let site = site_with_the_default_theme_on_disk();
    let css = std::fs::read_to_string(site.root().join("themes/default/static/terang.css"))
        .expect("the copied default theme");
    let lighter = css.replacen("--chart-1: #0a5fa8", "--chart-1: #8fbde6", 1);
    assert_ne!(
        css, lighter,
        "the default palette's --chart-1 moved: update this test"
    );
    site.write("themes/default/static/terang.css", lighter);
    let run = site.build(&[]);
    run.assert_code(1);
    run.assert_error("themes/default/static/terang.css:12:3");
    run.assert_stderr_has(
        "chart colour --chart-1 #8fbde6 on the background --bg #ffffff in light mode: contrast 1.98:1; chart marks (lines, bars, markers, axis) need at least 3:1 (used by the charts of kemiskinan)",
    );
    run.assert_stderr_has("make --chart-1 darker until it reaches 3:1 against #ffffff");
}

#[test]
fn series_that_look_alike_without_colour_fail_with_the_default_theme() {
    let columns: String = (1..=5)
        .map(|i| format!("  - {{key: c{i}, type: number, label: Seri {i}}}\n"))
        .collect();
    let yaml = format!(
        "title: Lima seri\nsource: {{name: Data contoh}}\ncolumns:\n  - {{key: periode, type: period, label: Periode}}\n{columns}rows:\n  - {{periode: 2018, c1: 1, c2: 2, c3: 3, c4: 4, c5: 5}}\n  - {{periode: 2019, c1: 2, c2: 3, c3: 4, c4: 5, c5: 6}}\nchart: {{type: line, x: periode, y: [c1, c2, c3, c4, c5]}}\n"
    );
    let site = SiteTest::small().file("content/data/lima.yaml", yaml);
    let run = site.build(&[]);
    run.assert_code(1);
    run.assert_error("content/data/lima.yaml");
    run.assert_stderr_has(
        "the chart of `lima` (id) draws series 1 and 5 with the same dash pattern and marker",
    );
}
