//! A dataset's shape (SPEC §4 "Shapes"): a time series, a cross-section or a panel, decided
//! from its key columns; and what every page, card, chart and table asks of it instead of
//! "the last row": its periods, its categories, and its one figure (a headline, the latest
//! value of a time series, or else its extent).

use std::cmp::Ordering;

use jiff::civil::Date;

use super::dataset::{Cell, Column, ColumnType, Dataset, Row};

/// What one row of a dataset stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    /// One row per period (or date): the poverty rate by semester.
    TimeSeries,
    /// One row per category, no period: households by province.
    CrossSection,
    /// One row per category and period: households by province and year.
    Panel,
}

/// The shape and the key columns that make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub kind: ShapeKind,
    /// The key's period (or date) column.
    pub period: Option<usize>,
    /// The key's other columns, naming a category: `provinsi`.
    pub categories: Vec<usize>,
}

impl Shape {
    /// The shape of `rows` under `columns`. The key is the columns that are not numbers; a
    /// text column with an empty cell is a note, not part of the key (unless it is the only
    /// text column of a dataset without periods). A period column whose values never repeat
    /// makes a time series whatever other text columns say.
    pub fn of(columns: &[Column], rows: &[Row]) -> Shape {
        let period = columns
            .iter()
            .position(|c| c.kind == ColumnType::Period)
            .or_else(|| columns.iter().position(|c| c.kind == ColumnType::Date));
        let text: Vec<usize> = (0..columns.len())
            .filter(|&i| columns[i].kind != ColumnType::Number && Some(i) != period)
            .collect();
        let full = |i: &usize| rows.iter().all(|r| r.cells.get(*i) != Some(&Cell::Null));
        let mut categories: Vec<usize> = text.iter().copied().filter(full).collect();
        if let Some(p) = period {
            let mut seen: Vec<(Date, Date)> =
                rows.iter().filter_map(|r| when(&r.cells[p])).collect();
            let count = seen.len();
            seen.sort();
            seen.dedup();
            if seen.len() == count || categories.is_empty() {
                return Shape {
                    kind: ShapeKind::TimeSeries,
                    period,
                    categories: vec![],
                };
            }
            return Shape {
                kind: ShapeKind::Panel,
                period,
                categories,
            };
        }
        if categories.is_empty() {
            categories = text;
        }
        Shape {
            kind: ShapeKind::CrossSection,
            period: None,
            categories,
        }
    }

    /// Whether column `i` is part of the key.
    pub fn is_key(&self, i: usize) -> bool {
        self.period == Some(i) || self.categories.contains(&i)
    }
}

/// A period or date cell as the days it covers, for ordering and comparing.
pub fn when(cell: &Cell) -> Option<(Date, Date)> {
    match cell {
        Cell::Period { period, .. } => Some((period.start_date(), period.end_date())),
        Cell::Date { date, .. } => Some((*date, *date)),
        _ => None,
    }
}

/// Order of two period cells in time (cells without a time last).
pub fn by_time(a: &Cell, b: &Cell) -> Ordering {
    match (when(a), when(b)) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The figure a dataset stands for, named in `headline:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Headline {
    /// The latest value of column `col` of a time series.
    Latest { col: usize },
    /// One category's row (`Indonesia`), at the latest period in a panel.
    Row { col: usize, name: String },
    /// The sum over the categories at the latest period.
    Total { col: usize },
}

impl Headline {
    pub fn col(&self) -> usize {
        match self {
            Headline::Latest { col } | Headline::Row { col, .. } | Headline::Total { col } => *col,
        }
    }
}

/// What a dataset shows where there is room for one figure (cards, lists, the top of its
/// page).
#[derive(Debug, Clone, PartialEq)]
pub enum Figure<'a> {
    /// One value that stands for the whole dataset.
    Value {
        col: usize,
        value: f64,
        /// The value's period (absent in a cross-section).
        period: Option<&'a Cell>,
        /// The value at the period before, for its change.
        previous: Option<f64>,
        /// The category it belongs to (`Indonesia`), or `None` for a total or a time series.
        category: Option<String>,
        total: bool,
    },
    /// No single value stands for it: how many categories, at which period.
    Extent {
        count: usize,
        period: Option<&'a Cell>,
    },
    Nothing,
}

impl Dataset {
    /// The distinct periods of the key's period column, oldest first.
    pub fn periods(&self) -> Vec<&Cell> {
        let Some(p) = self.shape.period else {
            return vec![];
        };
        let mut cells: Vec<&Cell> = self
            .rows
            .iter()
            .filter_map(|r| r.cells.get(p))
            .filter(|c| when(c).is_some())
            .collect();
        cells.sort_by(|a, b| by_time(a, b));
        cells.dedup_by(|a, b| when(a) == when(b));
        cells
    }

    /// A row's category as readers and shortcodes name it: its category cells joined with
    /// ", " (`Aceh`); empty in a time series.
    pub fn category(&self, row: &Row) -> String {
        self.shape
            .categories
            .iter()
            .filter_map(|&i| row.cells.get(i).and_then(Cell::raw))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The distinct categories in the order the file first names them.
    pub fn categories(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for row in &self.rows {
            let name = self.category(row);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The rows at `period` (every row when `period` is `None`).
    pub fn rows_at<'a>(&'a self, period: Option<&'a Cell>) -> impl Iterator<Item = &'a Row> + 'a {
        let p = self.shape.period;
        self.rows.iter().filter(move |r| match (period, p) {
            (Some(at), Some(p)) => r.cells.get(p).and_then(when) == when(at),
            _ => true,
        })
    }

    /// The sum of column `col` over the categories at `period`; `None` if no cell has a value.
    pub fn total_at(&self, col: usize, period: Option<&Cell>) -> Option<f64> {
        let values: Vec<f64> = self
            .rows_at(period)
            .filter_map(|r| r.cells.get(col).and_then(Cell::number))
            .collect();
        (!values.is_empty()).then(|| values.iter().sum())
    }

    /// The value of category `name` in column `col` at `period`.
    pub fn value_of(&self, name: &str, col: usize, period: Option<&Cell>) -> Option<f64> {
        self.rows_at(period)
            .find(|r| self.category(r) == name)
            .and_then(|r| r.cells.get(col).and_then(Cell::number))
    }

    /// The headline's value at each period, oldest first (one point without periods).
    pub fn headline_series(&self, headline: &Headline) -> Vec<(Option<&Cell>, Option<f64>)> {
        let periods: Vec<Option<&Cell>> = match self.shape.period {
            Some(_) => self.periods().into_iter().map(Some).collect(),
            None => vec![None],
        };
        periods
            .into_iter()
            .map(|p| {
                let v = match headline {
                    Headline::Total { col } => self.total_at(*col, p),
                    Headline::Row { col, name } => self.value_of(name, *col, p),
                    Headline::Latest { col } => self
                        .rows_at(p)
                        .find_map(|r| r.cells.get(*col).and_then(Cell::number)),
                };
                (p, v)
            })
            .collect()
    }

    /// The headline in effect: the one written, or the latest value of a time series.
    pub fn effective_headline(&self) -> Option<Headline> {
        if let Some(h) = &self.headline {
            return Some(h.clone());
        }
        match self.shape.kind {
            ShapeKind::TimeSeries => self.main_column().map(|col| Headline::Latest { col }),
            _ => None,
        }
    }

    /// What stands for the dataset where one figure fits (SPEC §4: one row's value is never
    /// shown as if it stood for the whole).
    pub fn figure(&self) -> Figure<'_> {
        let Some(headline) = self.effective_headline() else {
            if self.rows.is_empty() {
                return Figure::Nothing;
            }
            let period = self.periods().last().copied();
            return Figure::Extent {
                count: self.rows_at(period).count(),
                period,
            };
        };
        let points: Vec<(Option<&Cell>, f64)> = self
            .headline_series(&headline)
            .into_iter()
            .filter_map(|(p, v)| Some((p, v?)))
            .collect();
        let Some(&(period, value)) = points.last() else {
            return Figure::Nothing;
        };
        Figure::Value {
            col: headline.col(),
            value,
            period,
            previous: points.len().checked_sub(2).map(|i| points[i].1),
            category: match &headline {
                Headline::Row { name, .. } if self.shape.kind != ShapeKind::TimeSeries => {
                    Some(name.clone())
                }
                _ => None,
            },
            total: matches!(headline, Headline::Total { .. }),
        }
    }

    /// The first and last period of the key, for "Cakupan waktu"; `None` without periods.
    pub fn coverage(&self) -> Option<(&Cell, &Cell)> {
        let periods = self.periods();
        Some((*periods.first()?, *periods.last()?))
    }
}

#[cfg(test)]
mod tests;
