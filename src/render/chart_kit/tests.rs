//! The kit's pieces: the CSV holds exactly the plotted values, the standalone SVG carries
//! the theme's colours, the PNG is a PNG of twice the chart's width and the same every time.

use super::picture::{png, standalone_svg};
use super::{Colours, csv, first_sentence};
use crate::render::chart::{Drawing, DrawnSeries};

fn drawing() -> Drawing {
    Drawing {
        svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 60\" font-size=\"18\" class=\"chart\"><title>t</title><desc>d</desc><g class=\"chart-series chart-series-1\" fill=\"currentColor\"><rect class=\"chart-bar\" x=\"0\" y=\"10\" width=\"200\" height=\"18\"/></g><text class=\"chart-label\" x=\"0\" y=\"50\">Aceh</text></svg>".into(),
        message: "Naik dari 9,82 persen (Maret 2018) menjadi 9,9 persen. Kalimat kedua.".into(),
        x_label: "Periode".into(),
        labels: vec!["Maret 2018".into(), "=September 2018".into()],
        series: vec![DrawnSeries {
            label: "Persentase".into(),
            values: vec![Some(9.82), None],
            shown: vec!["9,82 persen".into(), "–".into()],
        }],
        time: true,
        period: None,
    }
}

fn colours() -> Colours {
    [
        ("--bg", "#ffffff"),
        ("--chart-1", "#0a5fa8"),
        ("--muted", "#4b5563"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

#[test]
fn csv_holds_the_plotted_values_exactly_and_never_a_formula() {
    let text = String::from_utf8(csv(&drawing())).expect("UTF-8");
    assert_eq!(
        text,
        "Periode,Persentase\r\nMaret 2018,9.82\r\n'=September 2018,\r\n"
    );
}

#[test]
fn takeaway_defaults_to_the_first_sentence_of_the_message() {
    assert_eq!(
        first_sentence("Naik dari 9,82 persen (Maret 2018) menjadi 9,9 persen. Kalimat kedua."),
        "Naik dari 9,82 persen (Maret 2018) menjadi 9,9 persen."
    );
    assert_eq!(first_sentence("Satu kalimat 9.66."), "Satu kalimat 9.66.");
}

#[test]
fn standalone_svg_carries_the_theme_colours_under_the_drawing() {
    let svg = standalone_svg(&drawing().svg, &colours());
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    let style = svg.find("<style>").expect("a style");
    assert!(style > svg.find("</desc>").expect("desc"));
    assert!(svg.contains(".chart-series-1{color:#0a5fa8}"));
    assert!(svg.contains(".chart-label{fill:#4b5563}"));
    // The frame holds the drawing and 8 units around it; the background fills it.
    assert!(svg.contains("viewBox=\"-8 -8 496 76\""), "{svg}");
    assert!(svg.contains("<rect x=\"-8\" y=\"-8\" width=\"496\" height=\"76\" fill=\"#ffffff\"/>"));
}

#[test]
fn the_frame_grows_to_hold_a_label_past_the_view_box() {
    let wide = drawing().svg.replace(
        "<text class=\"chart-label\" x=\"0\" y=\"50\">Aceh</text>",
        "<text class=\"chart-label\" x=\"470\" y=\"50\">Kepulauan Bangka Belitung</text>",
    );
    let svg = standalone_svg(&wide, &colours());
    let start = svg.find("viewBox=\"").expect("a viewBox") + 9;
    let numbers: Vec<f32> = svg[start..start + svg[start..].find('"').expect("end")]
        .split(' ')
        .map(|n| n.parse().expect("a number"))
        .collect();
    assert_eq!(&numbers[..2], &[-8.0, -8.0]);
    assert!(numbers[2] > 496.0 + 100.0, "{numbers:?}");
}

#[test]
fn png_is_twice_the_chart_and_byte_identical_each_time() {
    let svg = standalone_svg(&drawing().svg, &colours());
    let first = png(&svg).expect("a PNG");
    assert_eq!(&first[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height, big-endian, at bytes 16..24.
    let width = u32::from_be_bytes([first[16], first[17], first[18], first[19]]);
    let height = u32::from_be_bytes([first[20], first[21], first[22], first[23]]);
    assert_eq!((width, height), (992, 152));
    assert_eq!(png(&svg).expect("again"), first);
}
