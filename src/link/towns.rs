//! Towns of the world by name, for typing only.
//!
//! The hand-checked gazetteer ([`super::Gazetteer`]) knows some 1,500 places with their
//! Wikidata QIDs; local news names many more towns ("Tampere", "Rotorua", "Temuco"), and a
//! name the extractor cannot place is guessed at from its context, often wrongly. This list,
//! generated from GeoNames by `scripts/build-towns.py` into `data/gazetteer/towns.tsv`, says
//! only that a name is a town and in which country; it carries no QID, so nothing is linked
//! from it. Names are compared as the gazetteer compares them ([`normalize_name`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::gazetteer::{is_qid, normalize_name, tsv_records};

/// Path of the towns file, as named in error messages.
pub const TOWNS_PATH: &str = "data/gazetteer/towns.tsv";

const TOWNS_TSV: &str = include_str!("../../data/gazetteer/towns.tsv");

/// The header the towns file starts with (after any `#` comments).
pub const TOWNS_HEADER: [&str; 4] = ["name", "country", "population", "geonameid"];

/// One town: its name as GeoNames writes it, its country and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Town {
    pub name: String,
    /// QID of its country, an entry of the gazetteer's places.
    pub country: String,
    pub population: u64,
}

/// A malformed towns file; every variant names the file and the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TownsError {
    #[error("{file}: no header line (expected \"name\\tcountry\\tpopulation\\tgeonameid\")")]
    MissingHeader { file: String },
    #[error("{file}: line {line}: bad header, expected \"name\\tcountry\\tpopulation\\tgeonameid\"")]
    BadHeader { file: String, line: usize },
    #[error("{file}: line {line}: expected 4 tab-separated columns, found {found}")]
    Columns { file: String, line: usize, found: usize },
    #[error("{file}: line {line}: empty name")]
    EmptyName { file: String, line: usize },
    #[error("{file}: line {line}: country {value:?} is not a Wikidata item id (Q followed by digits)")]
    BadCountry { file: String, line: usize, value: String },
    #[error("{file}: line {line}: {column} {value:?} is not a whole number")]
    BadNumber { file: String, line: usize, column: &'static str, value: String },
    #[error("{file}: line {line}: {name:?} is listed twice (first at line {first})")]
    Duplicate { file: String, line: usize, name: String, first: usize },
}

/// Towns by normalised name.
#[derive(Debug, Clone, Default)]
pub struct Towns {
    by_name: HashMap<String, Town>,
}

static BUNDLED: OnceLock<Towns> = OnceLock::new();

impl Towns {
    /// The list shipped in the binary, parsed on first use.
    ///
    /// # Panics
    /// If the bundled file is malformed; `tests/suite/gazetteer.rs` guarantees it is not.
    pub fn bundled() -> &'static Towns {
        BUNDLED.get_or_init(|| Towns::parse(TOWNS_TSV).unwrap_or_else(|e| panic!("bundled town list is malformed: {e}")))
    }

    /// Parses the TSV text (contents, not a path); errors name [`TOWNS_PATH`] and the line.
    pub fn parse(text: &str) -> Result<Towns, TownsError> {
        let file = || TOWNS_PATH.to_string();
        let mut towns = Towns::default();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        let mut header_seen = false;
        for (line, cols) in tsv_records(text) {
            let cols: Vec<&str> = cols.into_iter().map(str::trim).collect();
            if !header_seen {
                header_seen = true;
                if cols != TOWNS_HEADER {
                    return Err(TownsError::BadHeader { file: file(), line });
                }
                continue;
            }
            if cols.len() != 4 {
                return Err(TownsError::Columns { file: file(), line, found: cols.len() });
            }
            if cols[0].is_empty() {
                return Err(TownsError::EmptyName { file: file(), line });
            }
            if !is_qid(cols[1]) {
                return Err(TownsError::BadCountry { file: file(), line, value: cols[1].into() });
            }
            let number = |column: &'static str, value: &str| {
                value.parse::<u64>().map_err(|_| TownsError::BadNumber { file: file(), line, column, value: value.into() })
            };
            let population = number("population", cols[2])?;
            number("geonameid", cols[3])?;
            let key = normalize_name(cols[0]);
            if let Some(&first) = first_line.get(&key) {
                return Err(TownsError::Duplicate { file: file(), line, name: cols[0].into(), first });
            }
            first_line.insert(key.clone(), line);
            towns.by_name.insert(key, Town { name: cols[0].into(), country: cols[1].into(), population });
        }
        if !header_seen {
            return Err(TownsError::MissingHeader { file: file() });
        }
        Ok(towns)
    }

    /// The town this name names, if any.
    pub fn lookup(&self, name: &str) -> Option<&Town> {
        self.by_name.get(&normalize_name(name))
    }

    /// All towns, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Town> {
        self.by_name.values()
    }

    /// Number of towns.
    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    /// True if there are none.
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HDR: &str = "# a comment\nname\tcountry\tpopulation\tgeonameid\n";

    #[test]
    fn looks_names_up_as_the_gazetteer_compares_them() {
        let t = Towns::parse(&format!("{HDR}Jyväskylä\tQ33\t145000\t655195\nViña del Mar\tQ298\t334248\t3868121\n")).unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t.lookup("Jyvaskyla").unwrap().country, "Q33");
        assert_eq!(t.lookup("vina del mar").unwrap().population, 334248);
        assert!(t.lookup("Tampere").is_none());
    }

    #[test]
    fn errors_name_the_file_the_line_and_the_fault() {
        let e = Towns::parse(&format!("{HDR}Tampere\tFinland\t260646\t634963\n")).unwrap_err().to_string();
        assert_eq!(e, "data/gazetteer/towns.tsv: line 3: country \"Finland\" is not a Wikidata item id (Q followed by digits)");
        let e = Towns::parse(&format!("{HDR}Tampere\tQ33\tmany\t634963\n")).unwrap_err().to_string();
        assert_eq!(e, "data/gazetteer/towns.tsv: line 3: population \"many\" is not a whole number");
        let e = Towns::parse(&format!("{HDR}Tampere\tQ33\t1\t2\nTAMPERE\tQ33\t1\t3\n")).unwrap_err().to_string();
        assert_eq!(e, "data/gazetteer/towns.tsv: line 4: \"TAMPERE\" is listed twice (first at line 3)");
        let e = Towns::parse(&format!("{HDR}Tampere\tQ33\t1\n")).unwrap_err().to_string();
        assert_eq!(e, "data/gazetteer/towns.tsv: line 3: expected 4 tab-separated columns, found 3");
        assert!(matches!(Towns::parse("# only a comment\n"), Err(TownsError::MissingHeader { .. })));
        assert!(matches!(Towns::parse("town\tcountry\n"), Err(TownsError::BadHeader { line: 1, .. })));
    }
}
