//! The on-disk Wikidata index: built by `factgraph wikidata import`, opened by memory map.
//!
//! A full Wikidata dump has about 100 million items; the linker needs, for a name, the
//! items called so, in microseconds and without loading anything into memory. The index is
//! a directory of four files:
//!
//! - `names.fst`: an [`fst::Map`] from normalised names ([`normalize_name`]) to offsets of
//!   candidate lists in `postings.bin`, plus keys `"\x01Q<n>"` mapping a QID to its record;
//! - `postings.bin`: for each name, a count and the record offsets of the items called so
//!   (most sitelinks first; the top bit marks a match by label rather than alias);
//! - `records.bin`: one binary record per item (QID, sitelinks, P31, P17, P131, label,
//!   description, aliases);
//! - `classes.bin`: Wikidata classes typed through their P279 ancestors ([`super::types`]);
//! - `meta.json`: format version and counts.
//!
//! Building it streams the dumps once. Names are sorted externally (sorted runs on disk,
//! then a k-way merge), so memory is bounded by the run size plus 8 bytes per P279 edge
//! (the subclass graph, a few tens of megabytes for all of Wikidata).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use fst::{Map, MapBuilder};
use memmap2::Mmap;

use super::dump::{read_dump, DumpError, DumpItem, ReadStats};
use super::gazetteer::normalize_name;
use super::types::{self, ClassType};
use crate::extract::EntityType;

const RECORDS_MAGIC: &[u8; 8] = b"FGWDREC1";
const FORMAT: &str = "factgraph-wikidata-index";
const VERSION: u32 = 1;
const LABEL_FLAG: u64 = 1 << 63;
const QID_PREFIX: u8 = 1;

/// Errors building or opening an index; each names the action and the path.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Dump(#[from] DumpError),
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("building the name index in {path}: {message}")]
    Fst { path: PathBuf, message: String },
    #[error("opening Wikidata index {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> IndexError + 'a {
    move |source| IndexError::Io { action, path: path.into(), source }
}

/// What to keep from the dumps.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Items with fewer sitelinks are left out.
    pub min_sitelinks: u32,
    /// When not empty, only items with a P31 value in this list, or whose P31 is a core
    /// class of a kind whose root (Q5, Q43229, Q2221906, Q1656682) is listed.
    pub types: Vec<u32>,
    /// Bytes of names sorted in memory before a run is written to disk.
    pub run_bytes: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions { min_sitelinks: 0, types: Vec::new(), run_bytes: 256 << 20 }
    }
}

/// Progress of an import, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct ImportProgress {
    /// Index of the dump being read.
    pub file: usize,
    /// Decompressed bytes of that dump read so far.
    pub bytes: u64,
    /// Items kept so far, all dumps.
    pub kept: u64,
    /// Items read so far, all dumps.
    pub items: u64,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub files: Vec<(PathBuf, ReadStats)>,
    pub kept: u64,
    /// Items left out by --min-sitelinks / --types or as Wikimedia pages.
    pub filtered: u64,
    /// Distinct names.
    pub names: u64,
    /// Classes typed through P279.
    pub classes: u64,
    pub seconds: f64,
}

impl ImportReport {
    pub fn items(&self) -> u64 {
        self.files.iter().map(|(_, s)| s.items).sum()
    }
    pub fn malformed(&self) -> u64 {
        self.files.iter().map(|(_, s)| s.malformed).sum()
    }
}

/// One sorted name entry: key, sitelinks (for ordering), record offset with label flag.
type Entry = (Vec<u8>, u32, u64);

struct RunWriter {
    dir: PathBuf,
    buf: Vec<Entry>,
    bytes: usize,
    limit: usize,
    runs: Vec<PathBuf>,
}

impl RunWriter {
    fn push(&mut self, e: Entry) -> Result<(), IndexError> {
        self.bytes += e.0.len() + 40;
        self.buf.push(e);
        if self.bytes >= self.limit {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), IndexError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.buf.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let path = self.dir.join(format!("run-{}.tmp", self.runs.len()));
        let f = File::create(&path).map_err(io_err("creating sort run", &path))?;
        let mut w = BufWriter::with_capacity(1 << 20, f);
        for (k, s, v) in self.buf.drain(..) {
            let len = k.len().min(u16::MAX as usize);
            w.write_all(&(len as u16).to_le_bytes())
                .and_then(|()| w.write_all(&k[..len]))
                .and_then(|()| w.write_all(&s.to_le_bytes()))
                .and_then(|()| w.write_all(&v.to_le_bytes()))
                .map_err(io_err("writing sort run", &path))?;
        }
        w.flush().map_err(io_err("writing sort run", &path))?;
        self.runs.push(path);
        self.bytes = 0;
        Ok(())
    }
}

struct RunReader {
    r: BufReader<File>,
    path: PathBuf,
}

impl RunReader {
    fn next(&mut self) -> Result<Option<Entry>, IndexError> {
        let mut len = [0u8; 2];
        match self.r.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(io_err("reading sort run", &self.path)(e)),
        }
        let mut key = vec![0u8; u16::from_le_bytes(len) as usize];
        let mut s = [0u8; 4];
        let mut v = [0u8; 8];
        self.r
            .read_exact(&mut key)
            .and_then(|()| self.r.read_exact(&mut s))
            .and_then(|()| self.r.read_exact(&mut v))
            .map_err(io_err("reading sort run", &self.path))?;
        Ok(Some((key, u32::from_le_bytes(s), u64::from_le_bytes(v))))
    }
}

fn write_record(w: &mut Vec<u8>, item: &DumpItem) {
    fn ids(w: &mut Vec<u8>, v: &[u32]) {
        let n = v.len().min(255);
        w.push(n as u8);
        for q in &v[..n] {
            w.extend_from_slice(&q.to_le_bytes());
        }
    }
    fn text(w: &mut Vec<u8>, s: &str) {
        let mut end = s.len().min(u16::MAX as usize);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        w.extend_from_slice(&(end as u16).to_le_bytes());
        w.extend_from_slice(&s.as_bytes()[..end]);
    }
    w.extend_from_slice(&item.qid.to_le_bytes());
    w.extend_from_slice(&item.sitelinks.to_le_bytes());
    ids(w, &item.instance_of);
    ids(w, &item.country);
    ids(w, &item.located_in);
    text(w, item.label.as_deref().unwrap_or(""));
    text(w, item.description.as_deref().unwrap_or(""));
    let n = item.aliases.len().min(255);
    w.push(n as u8);
    for a in &item.aliases[..n] {
        text(w, a);
    }
}

fn keep(item: &DumpItem, opts: &ImportOptions) -> bool {
    if item.sitelinks < opts.min_sitelinks {
        return false;
    }
    if item.instance_of.iter().any(|c| types::WIKIMEDIA_CLASSES.contains(c)) {
        return false;
    }
    if opts.types.is_empty() {
        return true;
    }
    item.instance_of.iter().any(|c| {
        opts.types.contains(c)
            || types::core_class(*c).is_some_and(|t| opts.types.contains(&types::kind_root(t.kind)))
    })
}

/// Reads every dump and writes the index directory `out` (created; existing index files
/// in it are replaced). `progress` is called every few thousand lines.
pub fn import(
    dumps: &[PathBuf],
    out: &Path,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<ImportReport, IndexError> {
    let started = Instant::now();
    std::fs::create_dir_all(out).map_err(io_err("creating index directory", out))?;
    let tmp = out.join("tmp");
    std::fs::create_dir_all(&tmp).map_err(io_err("creating index directory", &tmp))?;
    let rec_path = out.join("records.bin");
    let rec_file = File::create(&rec_path).map_err(io_err("creating", &rec_path))?;
    let mut records = BufWriter::with_capacity(1 << 20, rec_file);
    records.write_all(RECORDS_MAGIC).map_err(io_err("writing", &rec_path))?;
    let mut offset = RECORDS_MAGIC.len() as u64;
    let mut runs = RunWriter { dir: tmp.clone(), buf: Vec::new(), bytes: 0, limit: opts.run_bytes.max(1), runs: Vec::new() };
    let mut edges: Vec<(u32, u32)> = Vec::new();
    let mut report = ImportReport::default();
    let mut scratch = Vec::with_capacity(4096);
    let mut names: HashMap<Vec<u8>, bool> = HashMap::new();
    let (kept, items) = (std::cell::Cell::new(0u64), std::cell::Cell::new(0u64));

    for (file, path) in dumps.iter().enumerate() {
        let stats = read_dump(
            path,
            |item| {
                items.set(items.get() + 1);
                for &parent in &item.subclass_of {
                    edges.push((item.qid, parent));
                }
                if !keep(&item, opts) {
                    report.filtered += 1;
                    return Ok(());
                }
                kept.set(kept.get() + 1);
                scratch.clear();
                write_record(&mut scratch, &item);
                records.write_all(&scratch).map_err(|source| DumpError::Io { path: rec_path.clone(), source })?;
                names.clear();
                if let Some(l) = &item.label {
                    names.insert(normalize_name(l).into_bytes(), true);
                }
                for a in &item.aliases {
                    names.entry(normalize_name(a).into_bytes()).or_insert(false);
                }
                let mut push = |e: Entry| runs.push(e).map_err(|e| DumpError::Line { path: rec_path.clone(), line: 0, message: e.to_string() });
                for (k, is_label) in names.drain() {
                    if !k.is_empty() {
                        push((k, item.sitelinks, offset | if is_label { LABEL_FLAG } else { 0 }))?;
                    }
                }
                let mut qkey = vec![QID_PREFIX];
                qkey.extend_from_slice(format!("Q{}", item.qid).as_bytes());
                push((qkey, item.sitelinks, offset))?;
                offset += scratch.len() as u64;
                Ok(())
            },
            |bytes| progress(ImportProgress { file, bytes, kept: kept.get(), items: items.get() }),
        )?;
        report.files.push((path.clone(), stats));
    }
    records.flush().map_err(io_err("writing", &rec_path))?;
    drop(records);
    report.kept = kept.get();

    // Sorted runs → names.fst + postings.bin.
    runs.flush()?;
    let fst_path = out.join("names.fst");
    let post_path = out.join("postings.bin");
    let fst_file = BufWriter::with_capacity(1 << 20, File::create(&fst_path).map_err(io_err("creating", &fst_path))?);
    let mut builder = MapBuilder::new(fst_file).map_err(|e| IndexError::Fst { path: out.into(), message: e.to_string() })?;
    let mut postings = BufWriter::with_capacity(1 << 20, File::create(&post_path).map_err(io_err("creating", &post_path))?);
    postings.write_all(b"FGWDPST1").map_err(io_err("writing", &post_path))?;
    let mut post_off = 8u64;
    let mut readers = Vec::new();
    for p in &runs.runs {
        let f = File::open(p).map_err(io_err("opening sort run", p))?;
        readers.push(RunReader { r: BufReader::with_capacity(1 << 16, f), path: p.clone() });
    }
    let mut heap = BinaryHeap::new();
    for (i, r) in readers.iter_mut().enumerate() {
        if let Some((k, s, v)) = r.next()? {
            heap.push(Reverse((k, Reverse(s), v, i)));
        }
    }
    let mut current: Option<Vec<u8>> = None;
    let mut list: Vec<u64> = Vec::new();
    let mut finish = |key: &[u8], list: &mut Vec<u64>, builder: &mut MapBuilder<BufWriter<File>>, postings: &mut BufWriter<File>| -> Result<(), IndexError> {
        let fst_err = |e: fst::Error| IndexError::Fst { path: out.into(), message: e.to_string() };
        if key.first() == Some(&QID_PREFIX) {
            builder.insert(key, list[0]).map_err(fst_err)?;
        } else {
            builder.insert(key, post_off).map_err(fst_err)?;
            let n = list.len().min(u32::MAX as usize);
            postings.write_all(&(n as u32).to_le_bytes()).map_err(io_err("writing", &post_path))?;
            for v in &list[..n] {
                postings.write_all(&v.to_le_bytes()).map_err(io_err("writing", &post_path))?;
            }
            post_off += 4 + 8 * n as u64;
            report.names += 1;
        }
        list.clear();
        Ok(())
    };
    while let Some(Reverse((k, _, v, i))) = heap.pop() {
        if let Some(next) = readers[i].next()? {
            heap.push(Reverse((next.0, Reverse(next.1), next.2, i)));
        }
        if current.as_ref() != Some(&k) {
            if let Some(c) = current.take() {
                finish(&c, &mut list, &mut builder, &mut postings)?;
            }
            current = Some(k);
        }
        list.push(v);
    }
    if let Some(c) = current.take() {
        finish(&c, &mut list, &mut builder, &mut postings)?;
    }
    builder.finish().map_err(|e| IndexError::Fst { path: out.into(), message: e.to_string() })?;
    postings.flush().map_err(io_err("writing", &post_path))?;
    drop(readers);
    std::fs::remove_dir_all(&tmp).map_err(io_err("removing temporary files", &tmp))?;

    // Classes typed through P279: nearest core ancestor wins.
    edges.sort_unstable();
    edges.dedup();
    let classes = type_classes(&edges);
    report.classes = classes.len() as u64;
    let cls_path = out.join("classes.bin");
    let mut w = BufWriter::new(File::create(&cls_path).map_err(io_err("creating", &cls_path))?);
    for (c, code) in &classes {
        w.write_all(&c.to_le_bytes())
            .and_then(|()| w.write_all(&u32::from(*code).to_le_bytes()))
            .map_err(io_err("writing", &cls_path))?;
    }
    w.flush().map_err(io_err("writing", &cls_path))?;

    report.seconds = started.elapsed().as_secs_f64();
    let meta = serde_json::json!({
        "format": FORMAT,
        "version": VERSION,
        "items": report.kept,
        "names": report.names,
        "classes": report.classes,
        "min_sitelinks": opts.min_sitelinks,
        "types": opts.types.iter().map(|q| format!("Q{q}")).collect::<Vec<_>>(),
        "sources": dumps.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
    });
    let meta_path = out.join("meta.json");
    std::fs::write(&meta_path, serde_json::to_string_pretty(&meta).unwrap_or_default())
        .map_err(io_err("writing", &meta_path))?;
    Ok(report)
}

/// For every class with P279 edges (sorted (child, parent) pairs), the type of its nearest
/// core ancestor (breadth first, at most 6 levels up). Sorted by class.
fn type_classes(edges: &[(u32, u32)]) -> Vec<(u32, u8)> {
    let parents = |c: u32| -> &[(u32, u32)] {
        let start = edges.partition_point(|e| e.0 < c);
        let end = edges.partition_point(|e| e.0 <= c);
        &edges[start..end]
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < edges.len() {
        let class = edges[i].0;
        while i < edges.len() && edges[i].0 == class {
            i += 1;
        }
        if types::core_class(class).is_some() {
            continue;
        }
        let mut level = vec![class];
        let mut seen = vec![class];
        let mut found = None;
        'up: for _ in 0..6 {
            let mut next = Vec::new();
            for &c in &level {
                for &(_, p) in parents(c) {
                    if let Some(t) = types::core_class(p) {
                        found = Some(t);
                        break 'up;
                    }
                    if !seen.contains(&p) && seen.len() < 512 {
                        seen.push(p);
                        next.push(p);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        if let Some(t) = found {
            out.push((class, types::code_of(t)));
        }
    }
    out
}

/// One item read back from an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRecord {
    pub qid: u32,
    pub sitelinks: u32,
    pub instance_of: Vec<u32>,
    pub country: Vec<u32>,
    pub located_in: Vec<u32>,
    pub label: String,
    pub description: String,
    pub aliases: Vec<String>,
}

/// A memory-mapped index directory.
pub struct WikidataIndex {
    path: PathBuf,
    names: Map<Mmap>,
    postings: Mmap,
    records: Mmap,
    classes: Mmap,
    items: u64,
}

impl std::fmt::Debug for WikidataIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WikidataIndex").field("path", &self.path).field("items", &self.items).finish()
    }
}

fn map_file(path: &Path) -> Result<Mmap, IndexError> {
    let f = File::open(path).map_err(io_err("opening Wikidata index file", path))?;
    // SAFETY: the index files are written once by `import` and only read afterwards; a
    // concurrent rewrite of an open index is outside the supported use (as with any mmap).
    unsafe { Mmap::map(&f) }.map_err(io_err("mapping Wikidata index file", path))
}

impl WikidataIndex {
    /// Opens an index directory written by [`import`].
    pub fn open(dir: &Path) -> Result<WikidataIndex, IndexError> {
        let invalid = |message: String| IndexError::Invalid { path: dir.into(), message };
        let meta_path = dir.join("meta.json");
        let meta = std::fs::read_to_string(&meta_path).map_err(|e| {
            invalid(format!("{e} (reading {}; is this a directory written by `factgraph wikidata import`?)", meta_path.display()))
        })?;
        let meta: serde_json::Value = serde_json::from_str(&meta).map_err(|e| invalid(format!("meta.json: {e}")))?;
        if meta["format"] != FORMAT || meta["version"] != VERSION {
            return Err(invalid(format!("meta.json: not a {FORMAT} version {VERSION}")));
        }
        let names = Map::new(map_file(&dir.join("names.fst"))?).map_err(|e| invalid(format!("names.fst: {e}")))?;
        let postings = map_file(&dir.join("postings.bin"))?;
        let records = map_file(&dir.join("records.bin"))?;
        let classes = map_file(&dir.join("classes.bin"))?;
        if !records.starts_with(RECORDS_MAGIC) || !postings.starts_with(b"FGWDPST1") || classes.len() % 8 != 0 {
            return Err(invalid("records.bin, postings.bin or classes.bin is corrupt".into()));
        }
        Ok(WikidataIndex { path: dir.into(), names, postings, records, classes, items: meta["items"].as_u64().unwrap_or(0) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of items.
    pub fn len(&self) -> u64 {
        self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items == 0
    }

    /// Items whose label or an alias normalises to `key` (already normalised), most
    /// sitelinks first, at most `limit`; with whether the match is by label.
    pub fn lookup_key(&self, key: &str, limit: usize) -> Vec<(IndexRecord, bool)> {
        let Some(off) = self.names.get(key.as_bytes()) else { return Vec::new() };
        let off = off as usize;
        let Some(n) = self.postings.get(off..off + 4) else { return Vec::new() };
        let n = u32::from_le_bytes(n.try_into().unwrap_or_default()) as usize;
        let mut out = Vec::new();
        for i in 0..n.min(limit) {
            let at = off + 4 + 8 * i;
            let Some(v) = self.postings.get(at..at + 8) else { break };
            let v = u64::from_le_bytes(v.try_into().unwrap_or_default());
            if let Some(r) = self.record_at(v & !LABEL_FLAG) {
                out.push((r, v & LABEL_FLAG != 0));
            }
        }
        out
    }

    /// The item with this QID ("Q42").
    pub fn by_qid(&self, qid: &str) -> Option<IndexRecord> {
        let mut key = vec![QID_PREFIX];
        key.extend_from_slice(qid.as_bytes());
        self.record_at(self.names.get(key)?)
    }

    fn record_at(&self, off: u64) -> Option<IndexRecord> {
        let mut c = Cursor { b: &self.records, at: usize::try_from(off).ok()? };
        let qid = c.u32()?;
        let sitelinks = c.u32()?;
        let instance_of = c.ids()?;
        let country = c.ids()?;
        let located_in = c.ids()?;
        let label = c.text()?;
        let description = c.text()?;
        let n = c.u8()?;
        let mut aliases = Vec::with_capacity(n as usize);
        for _ in 0..n {
            aliases.push(c.text()?);
        }
        Some(IndexRecord { qid, sitelinks, instance_of, country, located_in, label, description, aliases })
    }

    /// The type of a class: core table first, then the P279-derived table.
    pub fn class_type(&self, class: u32) -> Option<ClassType> {
        if let Some(t) = types::core_class(class) {
            return Some(t);
        }
        let n = self.classes.len() / 8;
        let at = |i: usize| u32::from_le_bytes(self.classes[i * 8..i * 8 + 4].try_into().unwrap_or_default());
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match at(mid).cmp(&class) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let code = self.classes[mid * 8 + 4];
                    return types::from_code(code);
                }
            }
        }
        None
    }

    /// The type of an item: that of its first typed P31 class.
    pub fn item_type(&self, r: &IndexRecord) -> Option<ClassType> {
        r.instance_of.iter().find_map(|c| self.class_type(*c))
    }

    /// The kind of an item, if typed.
    pub fn item_kind(&self, r: &IndexRecord) -> Option<EntityType> {
        self.item_type(r).map(|t| t.kind)
    }
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.at..self.at + n)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()))
    }
    fn ids(&mut self) -> Option<Vec<u32>> {
        let n = self.u8()?;
        (0..n).map(|_| self.u32()).collect()
    }
    fn text(&mut self) -> Option<String> {
        let n = self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))? as usize;
        self.take(n).map(|b| String::from_utf8_lossy(b).into_owned())
    }
}

/// Parses `Q5,Q43229` (or `5,43229`) into numeric QIDs.
pub fn parse_qid_list(s: &str) -> Result<Vec<u32>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(|x| {
            x.strip_prefix('Q')
                .unwrap_or(x)
                .parse::<u32>()
                .map_err(|_| format!("{x:?} is not a Wikidata item id (like Q5)"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_classes_through_subclass_edges() {
        // 100 ⊂ 101 ⊂ Q515 city; 200 ⊂ 201 (untyped); 300 ⊂ Q5 and ⊂ 100: nearest wins.
        let mut edges = vec![(100, 101), (101, 515), (200, 201), (300, 5), (300, 100)];
        edges.sort_unstable();
        let t = type_classes(&edges);
        let city = types::code_of(types::core_class(515).unwrap());
        let person = types::code_of(types::core_class(5).unwrap());
        assert_eq!(t, vec![(100, city), (101, city), (300, person)]);
    }

    #[test]
    fn qid_lists() {
        assert_eq!(parse_qid_list("Q5, Q43229,515").unwrap(), [5, 43229, 515]);
        assert!(parse_qid_list("Q5,P31").unwrap_err().contains("P31"));
    }
}
