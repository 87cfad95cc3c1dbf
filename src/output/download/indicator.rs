//! `/data/<id>/indikator-<column>.json`: a number column's indicator metadata in the shape of
//! Satu Data Indonesia's "metadata indikator" (the MS-Ind form of Peraturan BPS Nomor 5 Tahun
//! 2020 tentang Petunjuk Teknis Metadata Statistik), field names in Indonesian as the form
//! and the SDI portals name them, texts in every site language.
//!
//! What staff wrote under the column's `indicator:` comes first; the rest is what the dataset
//! already knows: the label (nama indikator), the unit (ukuran, satuan), the key columns
//! (klasifikasi penyajian), the period, frequency and source, and links back to the dataset
//! page, the CSV, the JSON and the Data Package. A field nobody wrote and nothing implies is
//! left out, never guessed. Its JSON Schema is `tests/sdi/indikator.schema.json`.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::catalog::{CatalogSite, modified};
use super::{Langs, to_pretty, unit_name};
use crate::config::{Localized, Text};
use crate::data::shape::when;
use crate::data::{Column, ColumnType, Dataset, UnitSpec};
use crate::i18n::format::Unit;

/// Where the file of column `key` of dataset `id` is written, below the output root (its
/// address is [`super::DownloadUrls::indicator`]).
pub fn indicator_path(id: &str, key: &str) -> String {
    format!("data/{id}/indikator-{key}.json")
}

/// The metadata of column `col` (a number column) of `dataset`; `pages` are the dataset's
/// page in each site language (`[("id", "https://…/data/kemiskinan/"), …]`).
pub fn indicator(
    dataset: &Dataset,
    col: usize,
    site: &CatalogSite,
    pages: &[(String, String)],
) -> Vec<u8> {
    let langs: Vec<&str> = site.languages.iter().map(String::as_str).collect();
    let Some(column) = dataset.columns.get(col) else {
        return Vec::new();
    };
    let written = column.indicator.clone().unwrap_or_default();
    let text = |t| given(t, &langs);
    let measure = written
        .measure
        .clone()
        .or_else(|| measure_of(column, &langs));
    let unit = unit_of(column, &langs);
    let downloads = &site.downloads;
    let file = IndicatorFile {
        kind: "MS-Ind",
        acuan: "Peraturan BPS Nomor 5 Tahun 2020 tentang Petunjuk Teknis Metadata Statistik",
        dataset: &dataset.id,
        kolom: &column.key,
        nama_indikator: Langs {
            text: written.name.as_ref().unwrap_or(&column.label),
            langs: &langs,
        },
        konsep: text(written.concept.as_ref()),
        definisi: text(written.definition.as_ref()),
        interpretasi: text(written.interpretation.as_ref()),
        metode_rumus_perhitungan: text(written.method.as_ref()),
        ukuran: text(measure.as_ref()),
        satuan: text(unit.as_ref()),
        kode_satuan: match &column.unit {
            UnitSpec::Known(unit) => Some(unit_name(unit)),
            _ => None,
        },
        desimal: column.decimals,
        klasifikasi_penyajian: classification(dataset, &langs),
        level_estimasi: text(written.estimation_level.as_ref()),
        apakah_kumulatif: written.cumulative,
        periode: period(dataset),
        frekuensi: text(Some(&dataset.frequency)),
        sumber: Source {
            nama: Langs {
                text: &dataset.source.name,
                langs: &langs,
            },
            url: Some(dataset.source.url.as_str()).filter(|u| !u.is_empty()),
            tanggal_rilis: dataset.source.published.map(|d| d.to_string()),
        },
        produsen_data: Some(site.publisher.as_str()).filter(|p| !p.is_empty()),
        kontak: Some(dataset.contact.as_str())
            .filter(|c| !c.is_empty())
            .or(Some(site.contact.as_str()).filter(|c| !c.is_empty())),
        lisensi: Some(dataset.license.as_str()).filter(|l| !l.is_empty()),
        diperbarui: modified(dataset),
        tautan: Links {
            halaman_dataset: Pages(pages),
            csv: downloads.csv(&dataset.id),
            json: downloads.json(&dataset.id),
            datapackage: downloads.datapackage(&dataset.id),
        },
    };
    to_pretty(&file)
}

/// A text in every site language, or `None` when it is missing or empty.
fn given<'a>(text: Option<&'a Text>, langs: &'a [&'a str]) -> Option<Langs<'a>> {
    text.filter(|t| !t.is_empty())
        .map(|text| Langs { text, langs })
}

/// Ukuran from a known unit (the words of the MS-Ind examples: Persentase, Jumlah, Rasio,
/// Nilai); `None` for a free-text unit or none.
fn measure_of(column: &Column, langs: &[&str]) -> Option<Text> {
    let (id, en) = match &column.unit {
        UnitSpec::Known(Unit::Percent) => ("Persentase", "Percentage"),
        UnitSpec::Known(Unit::Ratio) => ("Rasio", "Ratio"),
        UnitSpec::Known(Unit::Count | Unit::People | Unit::Households) => ("Jumlah", "Count"),
        UnitSpec::Known(Unit::Rupiah) => ("Nilai", "Value"),
        _ => return None,
    };
    Some(vocabulary(langs, id, en))
}

/// Satuan: a known unit's word, or the free-text unit as written; `None` for a bare count or
/// ratio, which have no unit.
fn unit_of(column: &Column, langs: &[&str]) -> Option<Text> {
    let (id, en) = match &column.unit {
        UnitSpec::Free(text) => return Some(text.clone()),
        UnitSpec::Known(Unit::Percent) => ("Persen", "Percent"),
        UnitSpec::Known(Unit::Rupiah) => ("Rupiah", "Rupiah"),
        UnitSpec::Known(Unit::People) => ("Jiwa", "People"),
        UnitSpec::Known(Unit::Households) => ("Rumah tangga", "Households"),
        _ => return None,
    };
    Some(vocabulary(langs, id, en))
}

/// A word terang fills in itself: Indonesian for `id`, English for every other language.
fn vocabulary(langs: &[&str], id: &str, en: &str) -> Text {
    let words = langs
        .iter()
        .map(|&lang| {
            (
                lang.to_string(),
                if lang == "id" { id } else { en }.to_string(),
            )
        })
        .collect();
    // Every language is given, so resolving cannot fail.
    Localized::PerLanguage(words)
        .resolve(langs)
        .unwrap_or_else(|_| Text::same(langs, en))
}

/// Klasifikasi penyajian: the key columns the figures are broken down by, in column order,
/// each with how many different values it holds.
fn classification<'a>(dataset: &'a Dataset, langs: &'a [&'a str]) -> Vec<Classification<'a>> {
    let shape = &dataset.shape;
    (0..dataset.columns.len())
        .filter(|&i| shape.is_key(i))
        .map(|i| {
            let mut values: Vec<&str> = dataset
                .rows
                .iter()
                .filter_map(|r| r.cells.get(i).and_then(crate::data::Cell::raw))
                .collect();
            values.sort_unstable();
            values.dedup();
            let column = &dataset.columns[i];
            Classification {
                kolom: &column.key,
                nama: Langs {
                    text: &column.label,
                    langs,
                },
                jenis: if shape.period == Some(i) {
                    "waktu"
                } else {
                    "kategori"
                },
                jumlah_nilai: values.len(),
            }
        })
        .collect()
}

/// The first and last period of the rows as written, and the days they cover.
fn period(dataset: &Dataset) -> Option<Period<'_>> {
    let p = dataset.shape.period?;
    let cells = dataset.rows.iter().filter_map(|r| r.cells.get(p));
    let first = cells
        .clone()
        .filter(|c| when(c).is_some())
        .min_by_key(|c| when(c))?;
    let last = cells
        .filter(|c| when(c).is_some())
        .max_by_key(|c| when(c))?;
    Some(Period {
        kolom: &dataset.columns[p].key,
        awal: first.raw().unwrap_or_default().to_string(),
        akhir: last.raw().unwrap_or_default().to_string(),
        cakupan: dataset.temporal_coverage(),
        tipe: match dataset.columns[p].kind {
            ColumnType::Date => "tanggal",
            _ => "periode",
        },
    })
}

#[derive(Serialize)]
struct IndicatorFile<'a> {
    #[serde(rename = "jenis_metadata")]
    kind: &'static str,
    acuan: &'static str,
    dataset: &'a str,
    kolom: &'a str,
    nama_indikator: Langs<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    konsep: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    definisi: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interpretasi: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metode_rumus_perhitungan: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ukuran: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    satuan: Option<Langs<'a>>,
    /// The unit as the YAML names it (`percent`), for programs.
    #[serde(skip_serializing_if = "Option::is_none")]
    kode_satuan: Option<&'static str>,
    desimal: u8,
    klasifikasi_penyajian: Vec<Classification<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level_estimasi: Option<Langs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    apakah_kumulatif: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    periode: Option<Period<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    frekuensi: Option<Langs<'a>>,
    sumber: Source<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    produsen_data: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kontak: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lisensi: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diperbarui: Option<String>,
    tautan: Links<'a>,
}

#[derive(Serialize)]
struct Classification<'a> {
    kolom: &'a str,
    nama: Langs<'a>,
    /// `waktu` (the period column) or `kategori`.
    jenis: &'static str,
    jumlah_nilai: usize,
}

#[derive(Serialize)]
struct Period<'a> {
    kolom: &'a str,
    /// `periode` or `tanggal`.
    tipe: &'static str,
    awal: String,
    akhir: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cakupan: Option<String>,
}

#[derive(Serialize)]
struct Source<'a> {
    nama: Langs<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tanggal_rilis: Option<String>,
}

#[derive(Serialize)]
struct Links<'a> {
    /// The dataset page in each site language.
    halaman_dataset: Pages<'a>,
    csv: String,
    json: String,
    datapackage: String,
}

/// `{"id": "https://…/data/x/", "en": "https://…/en/data/x/"}` in the site's language order.
struct Pages<'a>(&'a [(String, String)]);

impl Serialize for Pages<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, url) in self.0 {
            map.serialize_entry(lang, url)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words terang fills in are Indonesian for `id` and English for every other site
    /// language (a site in Indonesian and Javanese gets English words for `jv`, not none).
    #[test]
    fn filled_in_words_cover_every_site_language() {
        let words = vocabulary(&["id", "en"], "Persentase", "Percentage");
        assert_eq!(
            (words.get("id"), words.get("en")),
            ("Persentase", "Percentage")
        );
        let words = vocabulary(&["id", "jv"], "Jumlah", "Count");
        assert_eq!((words.get("id"), words.get("jv")), ("Jumlah", "Count"));
        let words = vocabulary(&["en"], "Jumlah", "Count");
        assert_eq!(words.get("en"), "Count");
        assert_eq!(words.get("id"), "");
    }
}
