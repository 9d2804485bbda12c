//! The bundled gazetteer: well-known places and organisations with their Wikidata QIDs.
//!
//! Linking the commonest names ("Kazakhstan", "Astana", "the OSCE", "UNHCR") must work
//! offline and without any data outside the binary, so the project ships its own small,
//! hand-authored gazetteer in `data/gazetteer/*.tsv` and embeds it here with `include_str!`.
//! The files are parsed once, on first use, into an index from normalised names (labels and
//! aliases) to entries; [`normalize_name`] defines when two spellings count as the same name.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Path of the places file, as named in error messages.
pub const PLACES_PATH: &str = "data/gazetteer/places.tsv";
/// Path of the organisations file, as named in error messages.
pub const ORGANIZATIONS_PATH: &str = "data/gazetteer/organizations.tsv";

const PLACES_TSV: &str = include_str!("../../data/gazetteer/places.tsv");
const ORGANIZATIONS_TSV: &str = include_str!("../../data/gazetteer/organizations.tsv");

/// The header every gazetteer file starts with (after any `#` comments).
pub const HEADER: [&str; 5] = ["qid", "label", "class", "country", "aliases"];

/// Ontology classes allowed in the places file.
pub const PLACE_CLASSES: &[&str] = &["Country", "City", "Region", "Place"];
/// Ontology classes allowed in the organisations file.
pub const ORGANIZATION_CLASSES: &[&str] = &[
    "InternationalOrganization",
    "GovernmentAgency",
    "NewsAgency",
    "Organization",
];

/// One gazetteer row: a Wikidata item with the names it is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerEntry {
    /// Wikidata QID, e.g. `Q1520`.
    pub qid: String,
    /// Preferred English name.
    pub label: String,
    /// Local name of the factgraph ontology class (`Country`, `City`, `NewsAgency`, ...).
    pub class: String,
    /// QID of the country the entity lies in or belongs to; `None` for countries and
    /// international bodies.
    pub country: Option<String>,
    /// Other names: acronyms, long forms, former names.
    pub aliases: Vec<String>,
}

impl GazetteerEntry {
    /// True for countries, cities, regions and other places.
    pub fn is_place(&self) -> bool {
        PLACE_CLASSES.contains(&self.class.as_str())
    }

    /// True for international organisations, agencies and other organisations.
    pub fn is_organization(&self) -> bool {
        ORGANIZATION_CLASSES.contains(&self.class.as_str())
    }

    /// The label followed by the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.label.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A malformed gazetteer file; every variant names the file and, where there is one, the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GazetteerError {
    #[error("{file}: no header line (expected \"qid\\tlabel\\tclass\\tcountry\\taliases\")")]
    MissingHeader { file: String },
    #[error("{file}: line {line}: bad header, expected \"qid\\tlabel\\tclass\\tcountry\\taliases\"")]
    BadHeader { file: String, line: usize },
    #[error("{file}: line {line}: expected 5 tab-separated columns, found {found}")]
    Columns { file: String, line: usize, found: usize },
    #[error("{file}: line {line}: {value:?} is not a Wikidata item id (Q followed by digits)")]
    BadQid { file: String, line: usize, value: String },
    #[error("{file}: line {line}: empty label")]
    EmptyLabel { file: String, line: usize },
    #[error("{file}: line {line}: class {class:?} is not allowed here (expected one of {allowed})")]
    BadClass { file: String, line: usize, class: String, allowed: String },
    #[error("{file}: line {line}: duplicate QID {qid} (first given at {first})")]
    DuplicateQid { file: String, line: usize, qid: String, first: String },
    #[error("{file}: line {line}: country {country} is not a Country entry of the gazetteer")]
    UnknownCountry { file: String, line: usize, country: String },
}

/// An index of gazetteer entries by normalised name and by QID.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    /// Normalised name -> (entry index, whether the name is the entry's label).
    by_name: HashMap<String, Vec<(usize, bool)>>,
    by_qid: HashMap<String, usize>,
    /// Each country's one-word names, lower-cased, in file order: demonyms are read off them
    /// for many words of every sentence, so they are lower-cased once here.
    country_words: Vec<(usize, Vec<String>)>,
}

static BUNDLED: OnceLock<Gazetteer> = OnceLock::new();

impl Gazetteer {
    /// The gazetteer shipped in the binary, parsed on first use.
    ///
    /// # Panics
    /// If the bundled files are malformed; `tests/suite/gazetteer.rs` guarantees they are not.
    pub fn bundled() -> &'static Gazetteer {
        BUNDLED.get_or_init(|| {
            Gazetteer::parse(PLACES_TSV, ORGANIZATIONS_TSV)
                .unwrap_or_else(|e| panic!("bundled gazetteer is malformed: {e}"))
        })
    }

    /// Parses the two TSV files (contents, not paths). Errors name the file as
    /// [`PLACES_PATH`] / [`ORGANIZATIONS_PATH`] and the 1-based line.
    pub fn parse(places_tsv: &str, orgs_tsv: &str) -> Result<Gazetteer, GazetteerError> {
        let mut rows = parse_file(PLACES_PATH, places_tsv, PLACE_CLASSES)?;
        rows.extend(parse_file(ORGANIZATIONS_PATH, orgs_tsv, ORGANIZATION_CLASSES)?);

        let mut g = Gazetteer::default();
        let mut first_seen: HashMap<String, (&'static str, usize)> = HashMap::new();
        for (file, line, entry) in &rows {
            if let Some((f, l)) = first_seen.get(&entry.qid) {
                return Err(GazetteerError::DuplicateQid {
                    file: file.to_string(),
                    line: *line,
                    qid: entry.qid.clone(),
                    first: format!("{f}: line {l}"),
                });
            }
            first_seen.insert(entry.qid.clone(), (file, *line));
        }
        for (file, line, entry) in &rows {
            if let Some(country) = &entry.country {
                let ok = rows.iter().any(|(_, _, e)| &e.qid == country && e.class == "Country");
                if !ok {
                    return Err(GazetteerError::UnknownCountry {
                        file: file.to_string(),
                        line: *line,
                        country: country.clone(),
                    });
                }
            }
        }
        for (_, _, entry) in rows {
            let idx = g.entries.len();
            g.by_qid.insert(entry.qid.clone(), idx);
            for (i, name) in entry.names().enumerate() {
                let key = normalize_name(name);
                if key.is_empty() {
                    continue;
                }
                let slot = g.by_name.entry(key).or_default();
                match slot.iter_mut().find(|(j, _)| *j == idx) {
                    Some(existing) => existing.1 |= i == 0,
                    None => slot.push((idx, i == 0)),
                }
            }
            if entry.class == "Country" {
                // (Names of two words too: "Sri Lankan", "South African" name people of them.)
                let words = entry.names().map(str::to_lowercase).collect();
                g.country_words.push((idx, words));
            }
            g.entries.push(entry);
        }
        Ok(g)
    }

    /// All entries whose label or an alias normalises like `name`; entries matched by their
    /// label come before those matched only by an alias, otherwise file order.
    pub fn lookup(&self, name: &str) -> Vec<&GazetteerEntry> {
        let key = normalize_name(name);
        let Some(hits) = self.by_name.get(&key) else {
            return Vec::new();
        };
        let mut hits = hits.clone();
        hits.sort_by_key(|&(idx, is_label)| (!is_label, idx));
        hits.into_iter().map(|(idx, _)| &self.entries[idx]).collect()
    }

    /// The entry with this QID, if the gazetteer has one.
    pub fn by_qid(&self, qid: &str) -> Option<&GazetteerEntry> {
        self.by_qid.get(qid).map(|&i| &self.entries[i])
    }

    /// The country whose people `word` names ("Kazakh", "Kenyan", "Georgian"), by the regular
    /// ways English forms them from the country's name or an alias: "-stan"/"-istan" dropped, "-n",
    /// "-an", "-ian", "-i" added, a final "-a"/"-y"/"-e" replaced, "-ish" for "-land", "-en", "-ey"
    /// and the like. Irregular forms ("Dutch", "Danish")
    /// are not found.
    pub fn demonym_country(&self, word: &str) -> Option<&GazetteerEntry> {
        let w = word.to_lowercase();
        if w.len() < 4 {
            return None;
        }
        let ending_after = |stem: &str, endings: &[&str]| w.strip_prefix(stem).is_some_and(|rest| endings.contains(&rest));
        // "Finnish", "Polish", "Swedish", "Scottish": the country is the stem before "-ish" (a
        // doubled consonant undone) and "-land", "-and", "-en", "-ey" or "-ain".
        let ish_stem = w.strip_suffix("ish").map(|s| {
            let b = s.as_bytes();
            if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] { &s[..s.len() - 1] } else { s }
        }).filter(|s| s.len() >= 3);
        self.country_words.iter().find(|(_, words)| {
            words.iter().any(|c| {
                // "Kazakh-stan", "Uzbek-istan".
                [c.strip_suffix("stan"), c.strip_suffix("istan")].iter().flatten().any(|s| w == *s)
                    || ending_after(c, &["n", "an", "ian", "i"])
                    || c.strip_suffix(['a', 'y', 'e', 'o']).is_some_and(|t| ending_after(t, &["an", "ian", "ean"]))
                    || ish_stem.is_some_and(|s| c.strip_prefix(s).is_some_and(|rest| matches!(rest, "land" | "and" | "en" | "ey" | "ain")))
            })
        }).map(|&(idx, _)| &self.entries[idx])
    }

    /// All entries: places first, then organisations, each in file order.
    pub fn entries(&self) -> impl Iterator<Item = &GazetteerEntry> {
        self.entries.iter()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The records of a tab-separated data file with their 1-based line numbers: blank lines
/// and `#` comments skipped, a trailing `\r` dropped, columns not trimmed. The header is the
/// first record.
pub(crate) fn tsv_records(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        (!raw.trim().is_empty() && !raw.trim_start().starts_with('#')).then(|| (i + 1, raw.split('\t').collect()))
    })
}

/// True for `Q` followed by a number without leading zero.
pub fn is_qid(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next() == Some('Q')
        && matches!(chars.next(), Some('1'..='9'))
        && chars.all(|c| c.is_ascii_digit())
}

fn parse_file(
    file: &'static str,
    text: &str,
    classes: &[&str],
) -> Result<Vec<(&'static str, usize, GazetteerEntry)>, GazetteerError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (line, cols) in tsv_records(text) {
        if !header_seen {
            header_seen = true;
            let cols: Vec<&str> = cols.iter().map(|c| c.trim()).collect();
            if cols != HEADER {
                return Err(GazetteerError::BadHeader { file: file.into(), line });
            }
            continue;
        }
        if cols.len() != 5 {
            return Err(GazetteerError::Columns { file: file.into(), line, found: cols.len() });
        }
        let qid = cols[0].trim();
        if !is_qid(qid) {
            return Err(GazetteerError::BadQid { file: file.into(), line, value: qid.into() });
        }
        let label = cols[1].trim();
        if label.is_empty() {
            return Err(GazetteerError::EmptyLabel { file: file.into(), line });
        }
        let class = cols[2].trim();
        if !classes.contains(&class) {
            return Err(GazetteerError::BadClass {
                file: file.into(),
                line,
                class: class.into(),
                allowed: classes.join(", "),
            });
        }
        let country = cols[3].trim();
        let country = if country.is_empty() {
            None
        } else if is_qid(country) {
            Some(country.to_string())
        } else {
            return Err(GazetteerError::BadQid { file: file.into(), line, value: country.into() });
        };
        let aliases = cols[4]
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        out.push((
            file,
            line,
            GazetteerEntry {
                qid: qid.into(),
                label: label.into(),
                class: class.into(),
                country,
                aliases,
            },
        ));
    }
    if !header_seen {
        return Err(GazetteerError::MissingHeader { file: file.into() });
    }
    Ok(out)
}

/// The key under which names are compared: diacritics folded (`deunicode`), lower-case,
/// apostrophes and full stops removed ("U.S." = "US"), other punctuation folded to spaces
/// ("Nur-Sultan" = "Nur Sultan"), `&` read as "and", whitespace collapsed, and a leading
/// "the " dropped ("the OSCE" = "OSCE").
pub fn normalize_name(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_lowercase();
    let mut cleaned = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            '.' | '\'' | '`' => {}
            '&' => cleaned.push_str(" and "),
            c if c.is_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HDR: &str = "qid\tlabel\tclass\tcountry\taliases\n";

    fn places(body: &str) -> String {
        format!("# test places\n{HDR}{body}")
    }

    #[test]
    fn demonyms_of_the_bundled_countries() {
        let gaz = Gazetteer::bundled();
        for (word, country) in [("Kazakh", "Kazakhstan"), ("Kyrgyz", "Kyrgyzstan"), ("Uzbek", "Uzbekistan"), ("Tajik", "Tajikistan"), ("Afghan", "Afghanistan"), ("Kenyan", "Kenya"), ("Georgian", "Georgia"), ("Pakistani", "Pakistan"), ("Italian", "Italy"), ("Mexican", "Mexico"), ("Brazilian", "Brazil"), ("Finnish", "Finland"), ("Polish", "Poland"), ("Swedish", "Sweden"), ("Turkish", "Turkey")] {
            assert_eq!(gaz.demonym_country(word).map(|e| e.label.as_str()), Some(country), "{word}");
        }
        for word in ["Acme", "Oslo", "Kenya", "Nordic", "Smith", "English", "Parish"] {
            assert!(gaz.demonym_country(word).is_none(), "{word}");
        }
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalize_name("György"), "gyorgy");
        assert_eq!(normalize_name("the OSCE"), "osce");
        assert_eq!(normalize_name("The  OSCE "), "osce");
        assert_eq!(normalize_name("Nur-Sultan"), normalize_name("Nur Sultan"));
        assert_eq!(normalize_name("U.S."), "us");
        assert_eq!(normalize_name("Côte d’Ivoire"), "cote divoire");
        assert_eq!(normalize_name("Bosnia & Herzegovina"), "bosnia and herzegovina");
        assert_eq!(normalize_name("Washington, D.C."), "washington dc");
        assert_eq!(normalize_name("the"), "the");
        assert_eq!(normalize_name(""), "");
    }

    #[test]
    fn parses_and_looks_up() {
        let p = places(
            "Q232\tKazakhstan\tCountry\t\tRepublic of Kazakhstan\n\
             \n\
             # a comment\n\
             Q1520\tAstana\tCity\tQ232\tNur-Sultan|Akmola|Tselinograd\n",
        );
        let o = format!("{HDR}Q81299\tOrganization for Security and Co-operation in Europe\tInternationalOrganization\t\tOSCE\n");
        let g = Gazetteer::parse(&p, &o).unwrap();
        assert_eq!(g.len(), 3);
        let astana = g.lookup("Nur Sultan");
        assert_eq!(astana.len(), 1);
        assert_eq!(astana[0].qid, "Q1520");
        assert_eq!(astana[0].country.as_deref(), Some("Q232"));
        assert!(astana[0].is_place() && !astana[0].is_organization());
        assert_eq!(g.lookup("the OSCE")[0].qid, "Q81299");
        assert!(g.lookup("OSCE")[0].is_organization());
        assert_eq!(g.lookup("republic of kazakhstan")[0].qid, "Q232");
        assert!(g.lookup("Atlantis").is_empty());
        assert_eq!(g.by_qid("Q232").unwrap().label, "Kazakhstan");
        assert!(g.by_qid("Q1").is_none());
        assert_eq!(g.entries().count(), 3);
    }

    #[test]
    fn label_matches_come_first() {
        let p = places(
            "Q1\tSpringfield Region\tRegion\t\tLakeside\n\
             Q2\tLakeside\tCity\t\t\n",
        );
        let g = Gazetteer::parse(&p, HDR).unwrap();
        let hits: Vec<&str> = g.lookup("lakeside").iter().map(|e| e.qid.as_str()).collect();
        assert_eq!(hits, ["Q2", "Q1"]);
    }

    #[test]
    fn column_count_error_names_file_and_line() {
        let p = places("Q232\tKazakhstan\tCountry\t\t\nQ1520\tAstana\tCity\n");
        let err = Gazetteer::parse(&p, HDR).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/gazetteer/places.tsv: line 4: expected 5 tab-separated columns, found 3"
        );
    }

    #[test]
    fn other_errors() {
        let bad_qid = places("X232\tKazakhstan\tCountry\t\t\n");
        let e = Gazetteer::parse(&bad_qid, HDR).unwrap_err().to_string();
        assert!(e.starts_with("data/gazetteer/places.tsv: line 3:"), "{e}");
        assert!(e.contains("X232"), "{e}");

        let leading_zero = places("Q0232\tKazakhstan\tCountry\t\t\n");
        assert!(matches!(
            Gazetteer::parse(&leading_zero, HDR),
            Err(GazetteerError::BadQid { line: 3, .. })
        ));

        let bad_class = format!("{HDR}Q1065\tUnited Nations\tCountry\t\tUN\n");
        let e = Gazetteer::parse(HDR, &bad_class).unwrap_err().to_string();
        assert!(e.starts_with("data/gazetteer/organizations.tsv: line 2:"), "{e}");

        let dup = places("Q232\tKazakhstan\tCountry\t\t\nQ232\tKazakstan\tCountry\t\t\n");
        let e = Gazetteer::parse(&dup, HDR).unwrap_err().to_string();
        assert_eq!(
            e,
            "data/gazetteer/places.tsv: line 4: duplicate QID Q232 (first given at data/gazetteer/places.tsv: line 3)"
        );

        let unknown_country = places("Q1520\tAstana\tCity\tQ232\t\n");
        assert!(matches!(
            Gazetteer::parse(&unknown_country, HDR),
            Err(GazetteerError::UnknownCountry { line: 3, .. })
        ));

        let empty_label = places("Q232\t \tCountry\t\t\n");
        assert!(matches!(
            Gazetteer::parse(&empty_label, HDR),
            Err(GazetteerError::EmptyLabel { line: 3, .. })
        ));

        let e = Gazetteer::parse("# only a comment\n", HDR).unwrap_err();
        assert!(matches!(e, GazetteerError::MissingHeader { .. }));
        let e = Gazetteer::parse("qid\tname\n", HDR).unwrap_err();
        assert!(matches!(e, GazetteerError::BadHeader { line: 1, .. }));
    }

    #[test]
    fn bundled_gazetteer_loads() {
        let g = Gazetteer::bundled();
        assert!(!g.is_empty());
        assert_eq!(g.lookup("Astana")[0].qid, "Q1520");
        assert_eq!(g.lookup("the OSCE")[0].qid, "Q81299");
        assert!(std::ptr::eq(g, Gazetteer::bundled()));
    }
}
