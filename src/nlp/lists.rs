//! Word lists the entity recognizer reads as features: census given names and surnames, and
//! Brown clusters of English words. UNER's 12,000 training sentences name too few people
//! and places for a recognizer to generalise from word identity alone; these lists, built
//! from far more text (scripts/build-ner-lists.py), tell it that an unseen "Kowalczyk" is a
//! surname and that an unseen "Accenture" is used as "Microsoft" is. Both are embedded in
//! the binary; a recognizer is trained and run with the same lists.

use super::NlpError;
use crate::link::gazetteer::tsv_records;
use std::collections::HashMap;
use std::sync::OnceLock;

pub const CENSUS_NAMES_PATH: &str = "data/models/census-names.tsv";
pub const CLUSTERS_PATH: &str = "data/models/brown-clusters.tsv";
const CENSUS_NAMES_TSV: &str = include_str!("../../data/models/census-names.tsv");
const CLUSTERS_TSV: &str = include_str!("../../data/models/brown-clusters.tsv");

/// How common a word is as a given name and as a surname: 0 not listed; given names 1 (rank
/// ≤ 300) or 2; surnames 1 (rank ≤ 1,000), 2 (≤ 10,000) or 3.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameRank {
    pub first: u8,
    pub last: u8,
}

#[derive(Debug, Default)]
pub struct WordLists {
    // Keys borrow the embedded text: no copy of 200,000 words on the heap.
    names: HashMap<&'static str, NameRank>,
    clusters: HashMap<&'static str, u32>,
}

impl WordLists {
    /// The lists shipped in the binary, parsed on first use.
    ///
    /// # Panics
    /// If a bundled file is malformed; the unit tests below guarantee they are not.
    pub fn bundled() -> &'static WordLists {
        static LISTS: OnceLock<WordLists> = OnceLock::new();
        LISTS.get_or_init(|| {
            let parse = || Ok::<_, NlpError>(WordLists { names: parse_names(CENSUS_NAMES_PATH, CENSUS_NAMES_TSV)?, clusters: parse_clusters(CLUSTERS_PATH, CLUSTERS_TSV)? });
            parse().unwrap_or_else(|e| panic!("bundled word lists are malformed: {e}"))
        })
    }

    /// The census ranks of a word given in lower case (callers have that form already).
    pub fn name_rank(&self, lower: &str) -> NameRank {
        self.names.get(lower).copied().unwrap_or_default()
    }

    /// The Brown cluster of a word as written, else of its lower-case form `lower`; 0 for none.
    pub fn cluster(&self, word: &str, lower: &str) -> u32 {
        self.clusters.get(word).or_else(|| self.clusters.get(lower)).copied().unwrap_or(0)
    }
}

fn bad(file: &str, line: usize, reason: impl Into<String>) -> NlpError {
    NlpError::Input { input: file.to_string(), line, reason: reason.into() }
}

/// The rows after the header, which must be `header`; each row has the header's width.
/// Read one at a time: collecting 200,000 rows first would double the lists' peak memory.
fn rows<'f>(file: &'f str, text: &'static str, header: &'f [&str]) -> Result<impl Iterator<Item = Result<(usize, Vec<&'static str>), NlpError>> + 'f, NlpError> {
    let mut records = tsv_records(text);
    match records.next() {
        Some((_, cols)) if cols == header => {}
        Some((line, _)) => return Err(bad(file, line, format!("expected the header {:?}", header.join("\t")))),
        None => return Err(bad(file, 1, "no header line")),
    }
    Ok(records.map(move |(line, cols)| {
        if cols.len() != header.len() {
            return Err(bad(file, line, format!("expected {} tab-separated columns, found {}", header.len(), cols.len())));
        }
        if cols[0].is_empty() {
            return Err(bad(file, line, "empty word"));
        }
        Ok((line, cols))
    }))
}

fn number(file: &str, line: usize, value: &str) -> Result<u32, NlpError> {
    value.parse().map_err(|_| bad(file, line, format!("{value:?} is not a whole number")))
}

fn parse_names(file: &str, text: &'static str) -> Result<HashMap<&'static str, NameRank>, NlpError> {
    let mut out = HashMap::new();
    for row in rows(file, text, &["name", "first", "last"])? {
        let (line, cols) = row?;
        let rank = |v: &str| if v.is_empty() { Ok(None) } else { number(file, line, v).map(Some) };
        let (first, last) = (rank(cols[1])?, rank(cols[2])?);
        if first.is_none() && last.is_none() {
            return Err(bad(file, line, "neither a given name nor a surname rank"));
        }
        let first = first.map_or(0, |r| if r <= 300 { 1 } else { 2 });
        let last = last.map_or(0, |r| if r <= 1_000 { 1 } else if r <= 10_000 { 2 } else { 3 });
        if out.insert(cols[0], NameRank { first, last }).is_some() {
            return Err(bad(file, line, format!("{:?} is listed twice", cols[0])));
        }
    }
    Ok(out)
}

fn parse_clusters(file: &str, text: &'static str) -> Result<HashMap<&'static str, u32>, NlpError> {
    let mut out = HashMap::new();
    for row in rows(file, text, &["word", "cluster"])? {
        let (line, cols) = row?;
        let cluster = number(file, line, cols[1])?;
        if cluster == 0 {
            return Err(bad(file, line, "cluster 0 means no cluster; leave the word out"));
        }
        if out.insert(cols[0], cluster).is_some() {
            return Err(bad(file, line, format!("{:?} is listed twice", cols[0])));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_parse_and_know_common_words() {
        let l = WordLists::bundled();
        assert_eq!(l.name_rank("john"), NameRank { first: 1, last: 2 });
        assert_eq!(l.name_rank("smith"), NameRank { first: 0, last: 1 });
        assert_eq!(l.name_rank("kowalczyk").first, 0);
        assert!(l.name_rank("kowalczyk").last > 0);
        assert_eq!(l.name_rank("the"), NameRank::default());
        assert_ne!(l.cluster("London", "london"), 0);
        assert_eq!(l.cluster("London", "london"), l.cluster("Paris", "paris"));
        assert_ne!(l.cluster("Smith", "smith"), l.cluster("smith", "smith"), "the form as written comes first");
        assert_eq!(l.cluster("SmItH", "smith"), l.cluster("smith", "smith"), "then the lower-case form");
        assert_eq!(l.cluster("Qwzxv", "qwzxv"), 0);
    }

    #[test]
    fn malformed_lists_name_the_file_and_line() {
        let err = |r: Result<HashMap<&str, NameRank>, NlpError>| r.unwrap_err().to_string();
        assert_eq!(err(parse_names("n.tsv", "# c\nname\tlast\n")), "n.tsv: line 2: expected the header \"name\\tfirst\\tlast\"");
        assert_eq!(err(parse_names("n.tsv", "name\tfirst\tlast\nann\t4\n")), "n.tsv: line 2: expected 3 tab-separated columns, found 2");
        assert_eq!(err(parse_names("n.tsv", "name\tfirst\tlast\nann\tx\t\n")), "n.tsv: line 2: \"x\" is not a whole number");
        assert_eq!(err(parse_names("n.tsv", "name\tfirst\tlast\nann\t\t\n")), "n.tsv: line 2: neither a given name nor a surname rank");
        assert_eq!(err(parse_names("n.tsv", "name\tfirst\tlast\nann\t1\t\nann\t2\t\n")), "n.tsv: line 3: \"ann\" is listed twice");
        assert_eq!(err(parse_names("n.tsv", "")), "n.tsv: line 1: no header line");
        let e = parse_clusters("c.tsv", "word\tcluster\nParis\t0\n").unwrap_err().to_string();
        assert_eq!(e, "c.tsv: line 2: cluster 0 means no cluster; leave the word out");
    }
}
