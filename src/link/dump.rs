//! Streaming reader for Wikidata JSON dumps.
//!
//! The official dumps (`latest-all.json.gz` / `.bz2`) are one JSON array with one entity
//! per line, each line but the last ending in a comma. They are far too large to parse as
//! one document, so this reader decompresses as it goes, takes one line at a time and
//! deserialises only what the linker keeps (English label, aliases and description; P31,
//! P279, P17 and P131 item values; the number of sitelinks), skipping the rest of each
//! entity without building it. Memory stays constant whatever the dump size.
//!
//! Malformed lines do not stop a run: they are counted, and the first few are reported
//! with their line numbers. I/O and decompression errors do stop it.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// An item as the index keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DumpItem {
    /// Numeric part of the QID (42 for Q42).
    pub qid: u32,
    pub label: Option<String>,
    pub description: Option<String>,
    pub aliases: Vec<String>,
    /// P31 instance of.
    pub instance_of: Vec<u32>,
    /// P279 subclass of.
    pub subclass_of: Vec<u32>,
    /// P17 country.
    pub country: Vec<u32>,
    /// P131 located in the administrative territorial entity.
    pub located_in: Vec<u32>,
    /// Number of sitelinks (Wikipedia and sister-project pages): the popularity prior.
    pub sitelinks: u32,
}

/// Why reading a dump stopped.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("reading Wikidata dump {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("reading Wikidata dump {path}: line {line}: {message}")]
    Line { path: PathBuf, line: u64, message: String },
}

/// What one line of a dump was.
#[derive(Debug)]
pub enum Line {
    /// An item (Q…) with what the index keeps.
    Item(DumpItem),
    /// A property, lexeme or other non-item entity.
    Other,
    /// The array brackets or a blank line.
    Frame,
}

/// Parses one line of a dump (array brackets, trailing comma and white space allowed).
pub fn parse_line(raw: &[u8]) -> Result<Line, String> {
    let mut s = raw.trim_ascii();
    if let Some(rest) = s.strip_suffix(b",") {
        s = rest.trim_ascii_end();
    }
    if s.is_empty() || s == b"[" || s == b"]" {
        return Ok(Line::Frame);
    }
    let raw: RawEntity = serde_json::from_slice(s).map_err(|e| e.to_string())?;
    if raw.kind.as_deref().is_some_and(|k| k != "item") {
        return Ok(Line::Other);
    }
    let id = raw.id.as_deref().ok_or("entity without \"id\"")?;
    let Some(num) = id.strip_prefix('Q') else {
        return if raw.kind.is_none() && !id.is_empty() { Ok(Line::Other) } else { Err(format!("bad entity id {id:?}")) };
    };
    let qid: u32 = num.parse().map_err(|_| format!("bad entity id {id:?}"))?;
    let claims = raw.claims.0;
    Ok(Line::Item(DumpItem {
        qid,
        label: raw.labels.0.filter(|l| !l.is_empty()),
        description: raw.descriptions.0.filter(|l| !l.is_empty()),
        aliases: raw.aliases.0,
        instance_of: claims.p31,
        subclass_of: claims.p279,
        country: claims.p17,
        located_in: claims.p131,
        sitelinks: raw.sitelinks.0,
    }))
}

#[derive(Deserialize)]
struct RawEntity<'a> {
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
    #[serde(rename = "type", borrow, default)]
    kind: Option<Cow<'a, str>>,
    #[serde(default)]
    labels: EnValue,
    #[serde(default)]
    descriptions: EnValue,
    #[serde(default)]
    aliases: EnAliases,
    #[serde(default)]
    claims: Claims,
    #[serde(default)]
    sitelinks: Count,
}

/// `{"en": {"language": "en", "value": "…"}, …}` → the English value. PHP-era dumps write an
/// empty object as `[]`, which is accepted.
#[derive(Default)]
struct EnValue(Option<String>);

#[derive(Deserialize)]
struct Term {
    value: String,
}

impl<'de> Deserialize<'de> for EnValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = EnValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of language terms")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<EnValue, A::Error> {
                let mut out = None;
                while let Some(k) = m.next_key::<Cow<'de, str>>()? {
                    if k == "en" {
                        out = Some(m.next_value::<Term>()?.value);
                    } else {
                        m.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(EnValue(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<EnValue, A::Error> {
                empty_seq(s).map(|()| EnValue(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<EnValue, E> {
                Ok(EnValue(None))
            }
        }
        d.deserialize_any(V)
    }
}

fn empty_seq<'de, A: SeqAccess<'de>>(mut s: A) -> Result<(), A::Error> {
    if s.next_element::<IgnoredAny>()?.is_some() {
        return Err(de::Error::custom("expected an object, found a non-empty array"));
    }
    Ok(())
}

/// `{"en": [{"language": "en", "value": "…"}, …], …}` → the English aliases.
#[derive(Default)]
struct EnAliases(Vec<String>);

impl<'de> Deserialize<'de> for EnAliases {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = EnAliases;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of alias lists")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<EnAliases, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = m.next_key::<Cow<'de, str>>()? {
                    if k == "en" {
                        out = m.next_value::<Vec<Term>>()?.into_iter().map(|t| t.value).collect();
                    } else {
                        m.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(EnAliases(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<EnAliases, A::Error> {
                empty_seq(s).map(|()| EnAliases(Vec::new()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<EnAliases, E> {
                Ok(EnAliases(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The number of entries of an object (sitelinks).
#[derive(Default)]
struct Count(u32);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of sitelinks")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Count, A::Error> {
                let mut n = 0u32;
                while m.next_key::<IgnoredAny>()?.is_some() {
                    m.next_value::<IgnoredAny>()?;
                    n += 1;
                }
                Ok(Count(n))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Count, A::Error> {
                empty_seq(s).map(|()| Count(0))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
                Ok(Count(0))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Default)]
struct Claims(ClaimValues);

#[derive(Default)]
struct ClaimValues {
    p31: Vec<u32>,
    p279: Vec<u32>,
    p17: Vec<u32>,
    p131: Vec<u32>,
}

#[derive(Deserialize)]
struct Statement {
    mainsnak: Snak,
    #[serde(default)]
    rank: Option<String>,
}

#[derive(Deserialize)]
struct Snak {
    #[serde(default)]
    datavalue: Option<DataValue>,
}

#[derive(Deserialize)]
struct DataValue {
    value: EntityRef,
}

#[derive(Deserialize)]
struct EntityRef {
    #[serde(rename = "numeric-id", default)]
    numeric_id: Option<u64>,
    #[serde(default)]
    id: Option<String>,
}

impl EntityRef {
    fn qid(&self) -> Option<u32> {
        if let Some(n) = self.numeric_id {
            return u32::try_from(n).ok();
        }
        self.id.as_deref()?.strip_prefix('Q')?.parse().ok()
    }
}

/// Values of the best rank: the preferred statements if there are any ("country: Germany"
/// rather than its historical predecessors), else the normal ones; never deprecated ones.
fn item_values(statements: Vec<Statement>) -> Vec<u32> {
    let preferred = statements.iter().any(|s| s.rank.as_deref() == Some("preferred"));
    let mut out: Vec<u32> = Vec::new();
    for s in statements {
        let rank = s.rank.as_deref();
        if rank == Some("deprecated") || (preferred && rank != Some("preferred")) {
            continue;
        }
        if let Some(q) = s.mainsnak.datavalue.and_then(|d| d.value.qid()) {
            if !out.contains(&q) {
                out.push(q);
            }
        }
    }
    out
}

impl<'de> Deserialize<'de> for Claims {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Claims;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of claims by property")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Claims, A::Error> {
                let mut c = ClaimValues::default();
                while let Some(k) = m.next_key::<Cow<'de, str>>()? {
                    let slot = match k.as_ref() {
                        "P31" => &mut c.p31,
                        "P279" => &mut c.p279,
                        "P17" => &mut c.p17,
                        "P131" => &mut c.p131,
                        _ => {
                            m.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = item_values(m.next_value::<Vec<Statement>>()?);
                }
                Ok(Claims(c))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Claims, A::Error> {
                empty_seq(s).map(|()| Claims::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Claims, E> {
                Ok(Claims::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// Opens a dump for reading line by line, decompressing `.gz` and `.bz2` (by extension or,
/// failing that, by magic bytes). Multi-member gzip and multi-stream bzip2 (as Wikimedia
/// writes them) are read to the end.
pub fn open_dump(path: &Path) -> Result<Box<dyn BufRead + Send>, DumpError> {
    let io = |source| DumpError::Io { path: path.into(), source };
    let mut file = BufReader::with_capacity(1 << 20, File::open(path).map_err(io)?);
    let magic = file.fill_buf().map_err(io)?;
    let gz = magic.starts_with(&[0x1f, 0x8b]);
    let bz = magic.starts_with(b"BZh");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    Ok(if gz || ext == "gz" {
        Box::new(BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(file)))
    } else if bz || ext == "bz2" {
        Box::new(BufReader::with_capacity(1 << 20, bzip2::bufread::MultiBzDecoder::new(file)))
    } else {
        Box::new(file)
    })
}

/// Counts of one dump read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadStats {
    pub lines: u64,
    pub items: u64,
    /// Properties, lexemes and other non-items.
    pub other: u64,
    /// Lines that could not be parsed.
    pub malformed: u64,
    /// The first few malformed lines: (line number, message).
    pub first_errors: Vec<(u64, String)>,
}

/// How many malformed lines are reported individually.
pub const REPORTED_ERRORS: usize = 5;

/// Reads a dump, calling `each` for every item and `progress` with the compressed-or-not
/// bytes consumed so far every few thousand lines. Malformed lines are counted, not fatal.
pub fn read_dump(
    path: &Path,
    mut each: impl FnMut(DumpItem) -> Result<(), DumpError>,
    mut progress: impl FnMut(u64),
) -> Result<ReadStats, DumpError> {
    let reader = open_dump(path)?;
    let mut reader = CountingRead { inner: reader, bytes: 0 };
    let mut stats = ReadStats::default();
    let mut buf = Vec::with_capacity(1 << 16);
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| DumpError::Io { path: path.into(), source })?;
        if n == 0 {
            break;
        }
        stats.lines += 1;
        match parse_line(&buf) {
            Ok(Line::Item(item)) => {
                stats.items += 1;
                each(item)?;
            }
            Ok(Line::Other) => stats.other += 1,
            Ok(Line::Frame) => {}
            Err(message) => {
                stats.malformed += 1;
                if stats.first_errors.len() < REPORTED_ERRORS {
                    stats.first_errors.push((stats.lines, message));
                }
            }
        }
        if stats.lines % 4096 == 0 {
            progress(reader.bytes);
        }
    }
    progress(reader.bytes);
    Ok(stats)
}

/// Counts decompressed bytes, for progress.
struct CountingRead<R> {
    inner: R,
    bytes: u64,
}

impl<R: BufRead> Read for CountingRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for CountingRead<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.bytes += amt as u64;
        self.inner.consume(amt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_an_item_line() {
        let line = br#"{"type":"item","id":"Q1520","labels":{"en":{"language":"en","value":"Astana"},"ru":{"language":"ru","value":"x"}},"descriptions":{"en":{"language":"en","value":"capital of Kazakhstan"}},"aliases":{"en":[{"language":"en","value":"Nur-Sultan"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5119,"id":"Q5119"},"type":"wikibase-entityid"}},"rank":"normal"},{"mainsnak":{"datavalue":{"value":{"id":"Q515"}}},"rank":"deprecated"}],"P17":[{"mainsnak":{"datavalue":{"value":{"id":"Q232"}}},"rank":"preferred"}],"P1082":[{"mainsnak":{"datavalue":{"value":{"amount":"+1"}}}}]},"sitelinks":{"enwiki":{"site":"enwiki","title":"Astana"},"dewiki":{}}},"#;
        let Line::Item(item) = parse_line(line).unwrap() else { panic!("not an item") };
        assert_eq!(item.qid, 1520);
        assert_eq!(item.label.as_deref(), Some("Astana"));
        assert_eq!(item.description.as_deref(), Some("capital of Kazakhstan"));
        assert_eq!(item.aliases, ["Nur-Sultan"]);
        assert_eq!(item.instance_of, [5119]);
        assert_eq!(item.country, [232]);
        assert_eq!(item.sitelinks, 2);
    }

    #[test]
    fn frames_others_and_errors() {
        assert!(matches!(parse_line(b"[\n"), Ok(Line::Frame)));
        assert!(matches!(parse_line(b"]"), Ok(Line::Frame)));
        assert!(matches!(parse_line(b"  \n"), Ok(Line::Frame)));
        assert!(matches!(parse_line(br#"{"type":"property","id":"P31"},"#), Ok(Line::Other)));
        assert!(matches!(parse_line(br#"{"type":"lexeme","id":"L1"}"#), Ok(Line::Other)));
        // Empty objects written as [] are fine; a non-empty array where an object belongs is not.
        assert!(matches!(parse_line(br#"{"type":"item","id":"Q8","labels":[],"claims":[]}"#), Ok(Line::Item(_))));
        let e = parse_line(br#"{"type":"item","id":"Q8","claims":[1]}"#).unwrap_err();
        assert!(e.contains("non-empty array"), "{e}");
        assert!(parse_line(b"{\"type\":\"item\",").is_err());
        assert!(parse_line(br#"{"type":"item","id":"Qx"}"#).is_err());
    }
}
