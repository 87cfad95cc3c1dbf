//! The geometry under a chart: "nice" axis ticks, linear scales, estimated text widths and
//! label thinning, plus the fixed number and XML-escaping rules of the SVG text.

/// Ticks of a value axis: 1-2-5 × 10ⁿ steps, and the decimals their labels need.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub decimals: u8,
}

impl Ticks {
    pub fn first(&self) -> f64 {
        self.values.first().copied().unwrap_or(0.0)
    }

    pub fn last(&self) -> f64 {
        self.values.last().copied().unwrap_or(1.0)
    }
}

/// Ticks covering `lo..=hi` (4 to 6 of them when the steps allow), from a multiple of the
/// step at or below `lo` to one at or above `hi`.
pub fn nice_ticks(lo: f64, hi: f64) -> Ticks {
    let (lo, hi) = if !(lo.is_finite() && hi.is_finite()) {
        (0.0, 1.0)
    } else if lo < hi {
        (lo, hi)
    } else {
        // One value: a band around it (around 0..1 for zero).
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        (lo - pad, lo + pad)
    };
    let magnitude = (hi - lo).log10().floor() as i32;
    let mut fallback = None;
    for exponent in magnitude - 2..=magnitude + 1 {
        for multiple in [1i64, 2, 5] {
            let step = scaled(multiple, exponent);
            // The small tolerance keeps 0.6 / 0.2 from landing on 3.0000000000000004.
            let k_lo = (lo / step + 1e-9).floor() as i64;
            let k_hi = (hi / step - 1e-9).ceil() as i64;
            let count = k_hi - k_lo + 1;
            let ticks = || Ticks {
                values: (k_lo..=k_hi)
                    .map(|k| scaled(k * multiple, exponent))
                    .collect(),
                decimals: u8::try_from(-exponent).unwrap_or(0),
            };
            if (4..=6).contains(&count) {
                return ticks();
            }
            if count < 4 && fallback.is_none() {
                fallback = Some(ticks());
            }
        }
    }
    fallback.unwrap_or(Ticks {
        values: vec![lo, hi],
        decimals: 2,
    })
}

/// `n × 10^exponent`, exact for the decimals a tick label shows (dividing by a power of ten
/// rounds correctly; multiplying by 0.1 would not).
fn scaled(n: i64, exponent: i32) -> f64 {
    if exponent < 0 {
        n as f64 / 10f64.powi(-exponent)
    } else {
        n as f64 * 10f64.powi(exponent)
    }
}

/// Maps a domain onto a range of user units.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    pub fn at(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// A coordinate with at most one decimal and no `-0`, so the SVG is byte-for-byte stable.
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 || !r.is_finite() {
        "0".to_string()
    } else {
        r.to_string()
    }
}

/// Escapes text for XML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Estimated advance of `text` at `font` user units. Without a font at build time this is
/// a deliberate over-estimate (0.6 em per character; sans-serif averages ~0.5) so labels
/// chosen not to overlap really do not.
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * font
}

/// Words of `text` in lines no wider than `width`; a single word longer than that keeps
/// its own line.
pub fn wrap(text: &str, width: f64, font: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(line, font) + text_width(word, font) + 0.6 * font <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Which of the labels centred at `centres` (widths `widths`) to show so that none overlap
/// and none leave `min..max`; returns `(index, centre)` in index order. The last label (the
/// latest figure) and the first are placed before the others, which follow at a regular
/// stride.
pub fn thin(centres: &[f64], widths: &[f64], min: f64, max: f64, gap: f64) -> Vec<(usize, f64)> {
    let n = centres.len();
    if n == 0 {
        return Vec::new();
    }
    let clamp = |i: usize| {
        let half = widths[i] / 2.0;
        centres[i].clamp(min + half, (max - half).max(min + half))
    };
    let spacing = centres
        .windows(2)
        .map(|w| (w[1] - w[0]).abs())
        .fold(f64::INFINITY, f64::min);
    let widest = widths.iter().copied().fold(0.0, f64::max);
    let stride = if spacing.is_finite() && spacing > 0.0 {
        ((widest + gap) / spacing).ceil().max(1.0) as usize
    } else {
        1
    };
    let mut order = vec![n - 1, 0];
    order.extend((stride..n - 1).step_by(stride));
    let mut placed: Vec<(usize, f64)> = Vec::new();
    for i in order {
        let c = clamp(i);
        let free = placed
            .iter()
            .all(|&(j, cj)| (c - cj).abs() >= (widths[i] + widths[j]) / 2.0 + gap);
        if free && !placed.iter().any(|&(j, _)| j == i) {
            placed.push((i, c));
        }
    }
    placed.sort_by_key(|&(i, _)| i);
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks(lo: f64, hi: f64) -> (Vec<f64>, u8) {
        let t = nice_ticks(lo, hi);
        (t.values, t.decimals)
    }

    #[test]
    fn nice_ticks_for_a_few_ranges() {
        // The poverty rate with the line chart's padding: half-point steps.
        assert_eq!(ticks(9.149, 10.711), (vec![9.0, 9.5, 10.0, 10.5, 11.0], 1));
        // The Gini ratio: three decimals.
        assert_eq!(
            ticks(0.37935, 0.39365),
            (vec![0.375, 0.38, 0.385, 0.39, 0.395], 3)
        );
        // Bars from zero.
        assert_eq!(ticks(0.0, 10.64), (vec![0.0, 5.0, 10.0, 15.0], 0));
        assert_eq!(
            ticks(0.0, 1_234_567.0),
            (vec![0.0, 500_000.0, 1_000_000.0, 1_500_000.0], 0)
        );
        assert_eq!(
            ticks(0.0, 87.0),
            (vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0], 0)
        );
        // Negative values: the axis crosses zero on a tick.
        assert_eq!(ticks(-3.0, 7.0), (vec![-5.0, 0.0, 5.0, 10.0], 0));
        // No float noise in the tick values.
        assert_eq!(ticks(0.0, 0.6).0, vec![0.0, 0.2, 0.4, 0.6]);
        // A single value gets a band around it.
        let (values, _) = ticks(5.0, 5.0);
        assert!(
            values.first() < Some(&5.0) && values.last() > Some(&5.0),
            "{values:?}"
        );
        assert_eq!(ticks(0.0, 0.0).0, vec![-1.0, -0.5, 0.0, 0.5, 1.0]);
        for (lo, hi) in [
            (0.0, 1.0),
            (3.0, 97.0),
            (0.001, 0.009),
            (-50.0, -2.0),
            (1e9, 3e9),
            (12.0, 13.0),
        ] {
            let (values, _) = ticks(lo, hi);
            assert!((4..=6).contains(&values.len()), "{lo}..{hi}: {values:?}");
            assert!(
                values[0] <= lo && *values.last().unwrap_or(&0.0) >= hi,
                "{lo}..{hi}: {values:?}"
            );
        }
    }

    #[test]
    fn coordinates_are_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(0.3), "0.3");
        assert_eq!(esc("<a & \"b\">'"), "&lt;a &amp; &quot;b&quot;&gt;&apos;");
    }

    #[test]
    fn thinning_keeps_first_and_last() {
        let centres: Vec<f64> = (0..6).map(|i| 50.0 + 76.0 * f64::from(i)).collect();
        let widths = vec![108.0; 6];
        let shown: Vec<usize> = thin(&centres, &widths, 0.0, 480.0, 8.0)
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        assert_eq!(shown, vec![0, 2, 5]);
        let shown = thin(&centres, &[40.0; 6], 0.0, 480.0, 8.0);
        assert_eq!(shown.len(), 6);
        // Clamped into the viewBox.
        let shown = thin(&[0.0], &[100.0], 0.0, 480.0, 8.0);
        assert_eq!(shown, vec![(0, 50.0)]);
    }

    #[test]
    fn wrapping() {
        assert_eq!(
            wrap("Persentase penduduk miskin", 200.0, 18.0),
            vec!["Persentase", "penduduk miskin"]
        );
        assert_eq!(wrap("", 200.0, 18.0), vec![""]);
    }
}
