//! Slugs: URL-safe words made from stems, titles and front matter.

/// Lowercase ASCII letters, digits and single hyphens; accents transliterated ("Ekonomi Dasar" →
/// "ekonomi-dasar", "Résumé" → "resume").
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

/// The slug of a file stem: without a leading `YYYY-MM-DD-` date, made URL-safe.
pub fn from_stem(stem: &str) -> String {
    slugify(strip_date_prefix(stem))
}

fn strip_date_prefix(stem: &str) -> &str {
    let bytes = stem.as_bytes();
    let is_date_prefix = bytes.len() > 11
        && bytes[..10].iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
        && bytes[10] == b'-';
    if is_date_prefix { &stem[11..] } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_prefix_is_dropped_and_text_made_url_safe() {
        assert_eq!(
            from_stem("2019-06-20-pendamping-bansos"),
            "pendamping-bansos"
        );
        assert_eq!(from_stem("Laporan Akhir Tahun"), "laporan-akhir-tahun");
        assert_eq!(from_stem("2019-06-20"), "2019-06-20");
    }

    #[test]
    fn accents_are_transliterated() {
        assert_eq!(slugify("Résumé Ümlaut"), "resume-umlaut");
    }
}
