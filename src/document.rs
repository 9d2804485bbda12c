//! Documents as read from disk or stdin, with the metadata the pipeline needs (id, source,
//! publication date, dateline) and byte spans into the original text.

use regex::Regex;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A half-open byte range `[start, end)` into [`Document::text`]. Spans never change after
/// reading: every later stage refers back to the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What a leading dateline ("ASTANA. KAZINFORM", "DUSHANBE, 16 October 2014 –") says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline.
    pub span: Span,
    /// The place as written ("ASTANA").
    pub place: Option<Span>,
    /// A region or country written after the place ("ALMATY, Kazakhstan – …").
    pub region: Option<Span>,
    /// A country written after the region ("LOS BAÑOS, Laguna, Philippines (14 April 2016) —").
    pub country: Option<Span>,
    /// ISO date given in the dateline or a "date 2019-03-01" header.
    pub date: Option<String>,
    /// The agency as written ("KAZINFORM").
    pub source: Option<Span>,
    /// Month and day of a yearless dateline ("AKTOBE, September 23 –"), whose year the
    /// publication date gives.
    pub month_day: Option<(u32, u32)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: the JSONL `id`, or the file stem for text files.
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    /// URL or name of the publisher.
    pub source: Option<String>,
    /// Publication date, ISO ("2019-03-01", "2019-03" or "2019").
    pub published: Option<String>,
    pub dateline: Option<Dateline>,
    /// Where it was read from (a path, or "<stdin>"), for messages.
    pub origin: PathBuf,
}

impl Document {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Character (Unicode scalar) offset of a byte offset, as NIF and users count.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }

    /// The date relative expressions resolve against: the dateline's (a yearless one in
    /// the publication year), else the published one.
    pub fn reference_date(&self) -> Option<String> {
        let dateline = self.dateline.as_ref();
        if let Some(date) = dateline.and_then(|d| d.date.clone()) {
            return Some(date);
        }
        let published = self.published.as_deref()?;
        let yearless = dateline.and_then(|d| d.month_day).and_then(|(month, day)| {
            let published = crate::text::dates::parse_reference(published)?;
            crate::text::dates::date_in_year_of(month, day, published)
        });
        Some(yearless.map_or_else(|| published.to_string(), |d| d.format("%Y-%m-%d").to_string()))
    }
}

/// Why an input could not be read. Each names the input and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("reading {path}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("reading {path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("reading {path}: line {line}: {message}")]
    BadLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("reading {path}: unsupported file type (expected .txt, .md or .jsonl)")]
    Unsupported { path: PathBuf },
}

/// Reads every document under `path`: a .txt/.md file (one document), a .jsonl file (one
/// per line), a .json file (one article object, as in the gold format), a directory
/// (recursively, sorted by path; other file types are skipped), or "-" for stdin (JSON
/// Lines when the first non-blank character is `{`, else one text document).
pub fn read_path(path: &Path) -> Result<Vec<Document>, ReadError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| ReadError::Io { path: path.into(), source })?;
        let origin = PathBuf::from("<stdin>");
        let text = decode(&origin, bytes)?;
        return if text.trim_start().starts_with('{') {
            read_jsonl(&origin, &text)
        } else {
            let id = format!("stdin-{}", &content_hash(&text)[..12]);
            Ok(vec![text_document(id, text, origin)])
        };
    }
    let meta = std::fs::metadata(path).map_err(|source| ReadError::Io { path: path.into(), source })?;
    if meta.is_dir() {
        let mut files = Vec::new();
        collect_files(path, &mut files)?;
        files.sort();
        let mut docs = Vec::new();
        for f in files {
            docs.extend(read_file(&f)?);
        }
        return Ok(docs);
    }
    read_file(path)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| ReadError::Io { path: dir.into(), source })?;
    for entry in entries {
        let entry = entry.map_err(|source| ReadError::Io { path: dir.into(), source })?;
        let p = entry.path();
        if p.is_dir() {
            collect_files(&p, out)?;
        } else if matches!(extension(&p).as_deref(), Some("txt" | "md" | "jsonl" | "json")) {
            out.push(p);
        }
    }
    Ok(())
}

fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase())
}

fn read_file(path: &Path) -> Result<Vec<Document>, ReadError> {
    let kind = extension(path);
    if !matches!(kind.as_deref(), Some("txt" | "md" | "jsonl" | "json")) {
        return Err(ReadError::Unsupported { path: path.into() });
    }
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io { path: path.into(), source })?;
    let text = decode(path, bytes)?;
    match kind.as_deref() {
        Some("jsonl") => read_jsonl(path, &text),
        Some("json") => {
            let article: JsonArticle = serde_json::from_str(&text).map_err(|e| ReadError::BadLine {
                path: path.into(),
                line: e.line(),
                message: format!("not a JSON article: {e}"),
            })?;
            Ok(vec![article.into_document(path, 1)?])
        }
        _ => {
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "document".into());
            Ok(vec![text_document(id, text, path.into())])
        }
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, ReadError> {
    let text = String::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty { path: path.into() });
    }
    Ok(text)
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
    title: Option<String>,
}

impl JsonArticle {
    fn into_document(self, path: &Path, line: usize) -> Result<Document, ReadError> {
        let bad = |message: String| ReadError::BadLine { path: path.into(), line, message };
        let id = match self.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(bad("`id` must be a non-empty string".into())),
            None => return Err(bad("missing required field `id`".into())),
        };
        let text = match self.text {
            Some(t) if !t.trim().is_empty() => t,
            Some(_) => return Err(bad(format!("article {id:?} has an empty `text`"))),
            None => return Err(bad(format!("article {id:?} is missing required field `text`"))),
        };
        if let Some(p) = &self.published {
            if !is_iso_date(p) {
                return Err(bad(format!("`published` must be an ISO date (YYYY-MM-DD), found {p:?}")));
            }
        }
        let mut doc = text_document(id, text, path.into());
        doc.title = self.title.or(doc.title);
        doc.source = self.source.or(doc.source);
        if self.published.is_some() {
            doc.published = self.published.map(|p| p[..p.len().min(10)].to_string());
        }
        Ok(doc)
    }
}

fn is_iso_date(s: &str) -> bool {
    static ISO: OnceLock<Regex> = OnceLock::new();
    ISO.get_or_init(|| Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$").unwrap()).is_match(s)
}

fn read_jsonl(path: &Path, text: &str) -> Result<Vec<Document>, ReadError> {
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let article: JsonArticle = serde_json::from_str(line).map_err(|e| ReadError::BadLine {
            path: path.into(),
            line: i + 1,
            message: format!("malformed JSON at column {}: {e}", e.column()),
        })?;
        docs.push(article.into_document(path, i + 1)?);
    }
    if docs.is_empty() {
        return Err(ReadError::Empty { path: path.into() });
    }
    Ok(docs)
}

/// SHA-256 of the text, hex: a document whose hash is unchanged needs no re-ingest.
pub fn content_hash(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A plain-text document: its title line (a short first paragraph without final stop)
/// and dateline are recognised; the text itself is kept byte for byte.
pub fn text_document(id: String, text: String, origin: PathBuf) -> Document {
    let dateline = find_dateline(&text);
    let title = find_title(&text);
    let source = dateline.as_ref().and_then(|d| d.source).map(|s| crate::text::titlecase(&text[s.start..s.end]));
    let published = dateline.as_ref().and_then(|d| d.date.clone());
    Document { id, text, title, source, published, dateline, origin }
}

fn find_title(text: &str) -> Option<String> {
    let first = text.split("\n\n").next()?.trim();
    let plausible = !first.is_empty()
        && !first.contains('\n')
        && first.len() < 200
        && !first.ends_with(['.', '!', '?', '"', '”'])
        && first.split_whitespace().count() >= 3
        && text.trim().len() > first.len();
    plausible.then(|| first.to_string())
}

struct DatelinePatterns {
    header: Regex,
    place_agency: Regex,
    place_date: Regex,
    title_place_date: Regex,
    place_paren_date: Regex,
    place_yearless_date: Regex,
    place_region_dash: Regex,
    place_dash: Regex,
    desk_place: Regex,
    date_line: Regex,
}

fn dateline_patterns() -> &'static DatelinePatterns {
    static P: OnceLock<DatelinePatterns> = OnceLock::new();
    P.get_or_init(|| {
        let place = r"(?P<place>\p{Lu}[\p{Lu}'’\-]+(?:\s\p{Lu}[\p{Lu}'’\-]+){0,2})";
        // ("Monday, May 5, 2025": a weekday may open the date.)
        let date = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?P<date>\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})";
        DatelinePatterns {
            header: Regex::new(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+").unwrap(),
            place_agency: Regex::new(&format!(
                r"^{place}\s*[.,]\s+(?P<agency>\p{{Lu}}[\p{{Lu}}\-]{{2,}}(?:\s\p{{Lu}}[\p{{Lu}}\-]{{2,}})?)(?:\s+[-–—]|\b)"
            ))
            .unwrap(),
            // "ALMATY, Kazakhstan – January 15, 2025 –" and "NEW YORK, Jan. 15, 2025
            // /PRNewswire/ --", as business wires write them: a region may follow the place,
            // a dash may stand for the comma, and the wire may follow the date.
            place_date: Regex::new(&format!(
                r"^{place}(?:\s*,\s+(?P<region>\p{{Lu}}[\p{{L}}.]+(?:\s\p{{Lu}}[\p{{L}}.]+){{0,2}}))?\s*(?:,|\s[-–—])\s+{date}(?:\s*\((?P<agency>[^()\n]{{2,30}})\))?(?:\s*/(?P<wire>[^/\n]{{2,30}})/)?\s*(?:[-–—:]|\b)"
            ))
            .unwrap(),
            // "Kabul, 3 June 2019 (Pajhwok) –": a place in title case needs the dash or colon,
            // or the line to end there ("The Hague, 23 March 2023" on a line of its own).
            // "Cartagena de Indias (Colombia), 21 July 2023 –": small name words, and the
            // country in brackets; "Cluj-Napoca, Romania, 1 July 2025 –": or after a comma.
            title_place_date: Regex::new(&format!(
                r"^(?P<place>\p{{Lu}}\p{{Ll}}+(?:(?:[\s\-]|\s(?:de|del|de la|la|el|al|da|do|di|upon|on|van|von)\s)\p{{Lu}}\p{{Ll}}+){{0,2}})(?:\s*\((?P<region>\p{{Lu}}\p{{L}}+(?:\s\p{{Lu}}\p{{L}}+){{0,2}})\)|\s*,\s+(?P<country>\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}}))?\s*,\s+{date}(?:\s*\((?P<agency>[^()\n]{{2,30}})\))?\s*(?:[-–—:]|\n)"
            ))
            .unwrap(),
            // "GENEVA (5 April 2023) –", as UN releases write it; the dash is required. "LOS
            // BAÑOS, Laguna, Philippines (14 April 2016) —": a region and a country may follow.
            place_paren_date: Regex::new(&format!(
                r"^(?P<place>\p{{Lu}}[\p{{L}}'’\-]+(?:\s\p{{Lu}}[\p{{L}}'’\-]+){{0,2}})(?:\s*,\s+(?P<region>\p{{Lu}}[\p{{L}}.]+(?:\s\p{{Lu}}[\p{{L}}.]+){{0,2}}))?(?:\s*,\s+(?P<country>\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}}))?\s*\(\s*{date}\s*\)\s*[-–—:]"
            ))
            .unwrap(),
            // "GREAT FALLS, Mont. – The utility …": AP style without a date (the release line
            // above gives it). The place in capitals, a region after a comma, then a dash and
            // the sentence; without the region a line in capitals may be a headline.
            place_region_dash: Regex::new(&format!(
                r"^{place}\s*,\s+(?P<region>\p{{Lu}}[\p{{L}}.'’]+(?:\s\p{{Lu}}[\p{{L}}.'’]+){{0,2}})\s+(?:[-–—]|--)\s+\p{{Lu}}"
            ))
            .unwrap(),
            // "DUNEDIN – The Otago band …": the place alone in capitals, a dash, then a
            // sentence whose first word is in title case (a headline in capitals goes on in
            // capitals). ("EDINBURGH – A free drop-in centre …": "A" or "I" alone, too, and
            // a number: "OSA – 80 volunteers …".)
            place_dash: Regex::new(&format!(r"^{place}\s+(?:[-–—]|--)\s+(?:\p{{Lu}}\p{{Ll}}|[AI]\s+\p{{Ll}}|\d)")).unwrap(),
            // "AKTOBE, September 23 –" (AP style), "BAKU, Azerbaijan, April 11." (Trend
            // style): no year, so the place in capitals and a dash or a full stop after the
            // date are required.
            place_yearless_date: Regex::new(&format!(
                r"^{place}(?:\s*,\s+(?P<region>\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}}))?\s*,\s+(?P<date>{months}\s+\d{{1,2}}|\d{{1,2}}\s+{months})(?:\s*\((?P<agency>[^()\n]{{2,30}})\))?\s*(?:[-–—]+\s|\.\s+\p{{Lu}})",
                months = crate::text::dates::MONTHS
            ))
            .unwrap(),
            desk_place: Regex::new(r"^(?P<agency>[^\n:]{2,40}?)-(?P<place>\p{Lu}[\p{Lu}\-]{2,}):").unwrap(),
            date_line: Regex::new(&format!(r"^{date}\s*$")).unwrap(),
        }
    })
}

/// Whether a word (lower case) names a kind of text: "release" in "MEDIA RELEASE", "Press
/// Statement".
pub fn is_kind_of_text(word: &str) -> bool {
    matches!(word, "release" | "releases" | "statement" | "advisory" | "announcement" | "bulletin")
}

/// Whether a line's first words say what kind of text it is ("MEDIA RELEASE", "Press
/// Statement"), not where it was written.
fn names_kind_of_text(words: &str) -> bool {
    is_kind_of_text(&words.split_whitespace().last().unwrap_or("").to_lowercase())
}

/// Recognises a dateline at the start of the text or of its second paragraph (after a
/// headline): "ASTANA. KAZINFORM", "DUSHANBE, 16 October 2014 –", "AT Desk-KABUL:", a
/// "date 2019-03-01" header line, or a paragraph that is only a date.
pub fn find_dateline(text: &str) -> Option<Dateline> {
    let p = dateline_patterns();
    let mut dateline = Dateline::default();
    let mut found = false;
    let mut pos = 0;
    if let Some(c) = p.header.captures(text) {
        dateline.date = Some(c["date"].to_string());
        dateline.span = Span::new(0, c.get(0).unwrap().end());
        pos = dateline.span.end;
        found = true;
    }
    // Candidate starts: here, or the paragraph after a headline, or after a date line.
    let mut starts = vec![pos];
    let mut offset = pos;
    for para in text[pos..].split("\n\n").take(3) {
        offset += para.len() + 2;
        if offset < text.len() {
            let skip = text[offset..].len() - text[offset..].trim_start().len();
            starts.push(offset + skip);
        }
    }
    for start in starts {
        let rest = &text[start..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if let Some(c) = p.date_line.captures(&rest[..line_end]) {
            if let Some(d) = parse_written_date(&c["date"]) {
                dateline.date.get_or_insert(d);
                found = true;
            }
            continue;
        }
        let title_case = p.title_place_date.captures(rest).filter(|c| !crate::text::dates::is_day_or_month_name(&c["place"]) && c.name("country").is_none_or(|r| !crate::text::dates::is_day_or_month_name(r.as_str())));
        let bracketed = p.place_paren_date.captures(rest).filter(|c| !crate::text::dates::is_day_or_month_name(&c["place"]));
        if let Some(c) = p.place_date.captures(rest).or(title_case).or(bracketed) {
            let place = c.name("place").unwrap();
            // "MEDIA RELEASE – 15 October 2024": the kind of text and its date, no place.
            if names_kind_of_text(place.as_str()) {
                if let Some(d) = parse_written_date(&c["date"]) {
                    dateline.date.get_or_insert(d);
                    found = true;
                }
                continue;
            }
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            dateline.region = c.name("region").or(c.name("country")).map(|r| Span::new(start + r.start(), start + r.end()));
            if let (Some(_), Some(country)) = (c.name("region"), c.name("country")) {
                dateline.country = Some(Span::new(start + country.start(), start + country.end()));
            }
            if let Some(wire) = c.name("wire") {
                dateline.source = Some(Span::new(start + wire.start(), start + wire.end()));
            }
            if let Some(d) = parse_written_date(&c["date"]) {
                dateline.date = Some(d);
            }
            if let Some(agency) = c.name("agency") {
                dateline.source = Some(Span::new(start + agency.start(), start + agency.end()));
            }
            // (A dateline that ends its line keeps the line break out of its span.)
            let end = c.get(0).unwrap().end();
            let end = if c.get(0).unwrap().as_str().ends_with('\n') { end - 1 } else { end };
            dateline.span = Span::new(start, start + end);
            return Some(dateline);
        }
        if let Some(c) = p.place_yearless_date.captures(rest).filter(|c| c.name("region").is_none_or(|r| !crate::text::dates::is_day_or_month_name(r.as_str()))) {
            let place = c.name("place").unwrap();
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            dateline.region = c.name("region").map(|r| Span::new(start + r.start(), start + r.end()));
            dateline.month_day = crate::text::dates::month_and_day(&c["date"]);
            if let Some(agency) = c.name("agency") {
                dateline.source = Some(Span::new(start + agency.start(), start + agency.end()));
            }
            // (The full stop's lookahead letter is the text's, not the dateline's.)
            let end = c.get(0).unwrap().end();
            let end = if c.get(0).unwrap().as_str().ends_with(|ch: char| ch.is_uppercase()) { end - rest[..end].chars().next_back().map_or(0, char::len_utf8) } else { end };
            dateline.span = Span::new(start, start + end);
            return Some(dateline);
        }
        if let Some(c) = p.place_region_dash.captures(rest).filter(|c| !crate::text::dates::is_day_or_month_name(&c["region"])) {
            let place = c.name("place").unwrap();
            let region = c.name("region").unwrap();
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            dateline.region = Some(Span::new(start + region.start(), start + region.end()));
            // (The sentence's first letter is the text's, not the dateline's.)
            let end = c.get(0).unwrap().end();
            dateline.span = Span::new(start, start + end - rest[..end].chars().next_back().map_or(0, char::len_utf8));
            return Some(dateline);
        }
        // (Not a label over a story: "UPDATE – The council …".)
        // ("WATER NEWS – The utility …": a section's name.)
        const LABELS: &[&str] = &[
            "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "OPINION", "EDITORIAL", "ANALYSIS", "NOTICE", "CORRECTION", "PHOTOS", "VIDEO", "LIVE", "FEATURE", "INTERVIEW", "REVIEW",
            "ADVISORY", "ALERT", "URGENT", "NEWS", "BRIEF", "BRIEFS", "REPORT", "DIGEST", "ROUNDUP", "SPORT", "SPORTS", "BUSINESS", "POLITICS", "CULTURE", "HEALTH", "OBITUARY", "LETTERS", "SAVE", "DATE", "ANNOUNCEMENT", "RELEASE", "STATEMENT", "MEDIA",
        ];
        if let Some(c) = p.place_dash.captures(rest).filter(|c| !c["place"].split_whitespace().any(|w| LABELS.contains(&w)) && !names_kind_of_text(&c["place"]) && !crate::text::dates::is_day_or_month_name(&c["place"].to_lowercase())) {
            let place = c.name("place").unwrap();
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            let end = c.get(0).unwrap().end();
            // (The sentence's first two letters are the text's, not the dateline's.)
            let tail: usize = rest[..end].chars().rev().take(2).map(char::len_utf8).sum();
            dateline.span = Span::new(start, start + end - tail);
            return Some(dateline);
        }
        if let Some(c) = p.place_agency.captures(rest) {
            let place = c.name("place").unwrap();
            let agency = c.name("agency").unwrap();
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            dateline.source = Some(Span::new(start + agency.start(), start + agency.end()));
            dateline.span = Span::new(start, start + c.get(0).unwrap().end());
            return Some(dateline);
        }
        if let Some(c) = p.desk_place.captures(rest) {
            let place = c.name("place").unwrap();
            dateline.place = Some(Span::new(start + place.start(), start + place.end()));
            dateline.span = Span::new(start, start + c.get(0).unwrap().end());
            return Some(dateline);
        }
    }
    found.then_some(dateline)
}

/// Where a closing contact block starts ("Media contact:", "For more information,
/// contact …", "Notes to editors"): a paragraph or line that opens with such a heading after
/// the body of the text. The guidelines give such blocks no relations.
pub fn contact_block_start(text: &str) -> Option<usize> {
    static HEADING: OnceLock<Regex> = OnceLock::new();
    let heading = HEADING.get_or_init(|| {
        Regex::new(r"(?mi)^[ \t]*(?:(?:media|press|public relations)\s+(?:contacts?|enquiries|inquiries)|contacts?\s*(?::|for\s+(?:the\s+)?(?:media|press|journalists))|for\s+(?:more|further)\s+information\b|notes?\s+(?:to|for)\s+editors)")
            .unwrap()
    });
    // Not in the first half: a text that opens with "Contact:" is all contact block.
    heading.find_iter(text).map(|m| m.start()).find(|&start| start > text.len() / 2)
}

fn parse_written_date(s: &str) -> Option<String> {
    crate::text::dates::find_dates(s, 0, None)
        .into_iter()
        .next()
        .and_then(|d| d.values.into_iter().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(text: &str) -> (Option<String>, Option<String>, Option<String>) {
        let d = find_dateline(text).expect("a dateline");
        (
            d.place.map(|s| text[s.start..s.end].to_string()),
            d.date,
            d.source.map(|s| text[s.start..s.end].to_string()),
        )
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("date 2019-03-01 ASTANA. KAZINFORM 16 representatives took part"),
            (Some("ASTANA".into()), Some("2019-03-01".into()), Some("KAZINFORM".into()))
        );
        assert_eq!(
            dateline("DUSHANBE, 16 October 2014 – The OSCE Office said"),
            (Some("DUSHANBE".into()), Some("2014-10-16".into()), None)
        );
        assert_eq!(
            dateline("Police reform in focus\n\nALMATY, 20 December 2004 - Last week"),
            (Some("ALMATY".into()), Some("2004-12-20".into()), None)
        );
        assert_eq!(
            dateline("NUR-SULTAN. KAZINFORM - A memorandum was signed"),
            (Some("NUR-SULTAN".into()), None, Some("KAZINFORM".into()))
        );
        assert_eq!(dateline("AT Monitoring Desk-KABUL: People in need").0, Some("KABUL".into()));
        assert_eq!(dateline("Anniversary marked\n\n24 October 2018\n\nThe Secretary General").1, Some("2018-10-24".into()));
        assert!(find_dateline("The minister said on Monday that talks went well.").is_none());
        assert_eq!(
            dateline("LOS BAÑOS, Laguna, Philippines (14 April 2016) — More than 600 farmers came"),
            (Some("LOS BAÑOS".into()), Some("2016-04-14".into()), None)
        );
        assert_eq!(
            dateline("Plant opens\n\nHELENA, Mont. – The city utility today opened a plant"),
            (Some("HELENA".into()), None, None)
        );
        assert!(find_dateline("WATER NEWS – The utility today opened a plant").is_none());
        // (A region whose name holds a possessive.)
        let d = find_dateline("Trials report\n\nTARVO, Central Kelsa's Bay – Hill country made for a testing week").unwrap();
        assert_eq!(d.region.map(|r| r.end - r.start), Some("Central Kelsa's Bay".len()));
        assert_eq!(dateline("Band wins title\n\nDUNEDIN – The Otago band won").0, Some("DUNEDIN".into()));
        assert_eq!(dateline("Hub opens\n\nEDINBURGH – A free drop-in centre opened").0, Some("EDINBURGH".into()));
        assert_eq!(dateline("Hub opens\n\nTARVO – 80 volunteers planted trees").0, Some("TARVO".into()));
        assert!(find_dateline("SAVE THE DATE – A gala").is_none());
        assert!(find_dateline("UPDATE – The council voted").is_none());
        assert!(find_dateline("BREAKING NEWS – The council voted").is_none());
        assert_eq!(
            dateline("Kabul, 3 June 2019 (Pajhwok) – The society said"),
            (Some("Kabul".into()), Some("2019-06-03".into()), Some("Pajhwok".into()))
        );
        assert_eq!(dateline("New Delhi, 4 May 2020: The ministry said").0, Some("New Delhi".into()));
        // A place in title case with its country after a comma, but no weekday taken for one.
        assert_eq!(
            dateline("Cluj-Napoca, Romania, 1 July 2025 – The festival opens"),
            (Some("Cluj-Napoca".into()), Some("2025-07-01".into()), None)
        );
        assert!(find_dateline("Kingston, Monday, 5 May 2025 – The club").is_none_or(|d| d.region.is_none()));
        assert_eq!(
            dateline("KINGSTON, Jamaica – Monday, May 5, 2025 – The Titans won"),
            (Some("KINGSTON".into()), Some("2025-05-05".into()), None)
        );
        // A place in title case and a date on a line of their own; two hyphens after a
        // yearless date.
        assert_eq!(
            dateline("Ring dismantled\n\nThe Hague, 15 May 2023\n\nA criminal network"),
            (Some("The Hague".into()), Some("2023-05-15".into()), None)
        );
        assert_eq!(dateline("Ring dismantled\n\nThe Hague, 15 May 2023\n\nA network").0.map(|p| p.len()), Some(9));
        assert_eq!(dateline("KUALA LUMPUR, 5 May (Bernama) -- The ministry said").2, Some("Bernama".into()));
        assert!(find_dateline("Berlin, 5 May 2023 was a sunny day in the city.").is_none());
        assert_eq!(
            dateline("Cartagena de Indias (Colombia), 21 July 2023 – Officers completed"),
            (Some("Cartagena de Indias".into()), Some("2023-07-21".into()), None)
        );
        assert!(find_dateline("Monday, 3 June 2019 – The talks went well.").is_none());
        assert!(find_dateline("Kabul, 3 June 2019 was a quiet day.").is_none());
        assert_eq!(
            dateline("GENEVA (5 April 2023) – The office said"),
            (Some("GENEVA".into()), Some("2023-04-05".into()), None)
        );
        assert_eq!(dateline("New York (12 May 2021) - The council met").0, Some("New York".into()));
        assert!(find_dateline("Paris (3 May 2020) was a quiet day.").is_none());
        let aktobe = find_dateline("AKTOBE, September 23 – More than 6,000 runners").unwrap();
        assert_eq!((aktobe.month_day, aktobe.date), (Some((9, 23)), None));
        assert_eq!(dateline("CHISINAU, 19 May (Moldpres) – The coalition said").2, Some("Moldpres".into()));
        assert!(find_dateline("PARIS, May 19 was a quiet day.").is_none());
        let baku = find_dateline("BAKU, Azerbaijan, April 11. The Ministry of Ecology said").unwrap();
        let text = "BAKU, Azerbaijan, April 11. The Ministry of Ecology said";
        assert_eq!((baku.month_day, &text[baku.place.unwrap().start..baku.place.unwrap().end]), (Some((4, 11)), "BAKU"));
        assert_eq!(&text[baku.region.unwrap().start..baku.region.unwrap().end], "Azerbaijan");
        assert_eq!(&text[baku.span.start..baku.span.end], "BAKU, Azerbaijan, April 11. ");
        assert_eq!(find_dateline("TULCEA, May 3. The council met").unwrap().month_day, Some((5, 3)));
        assert!(find_dateline("PARIS, May 19. was a quiet day.").is_none());
        assert_eq!(
            dateline("ALMATY, Kazakhstan – January 15, 2025 – Qazaq Freight today announced"),
            (Some("ALMATY".into()), Some("2025-01-15".into()), None)
        );
        let d = find_dateline("ALMATY, Kazakhstan – January 15, 2025 – Qazaq Freight").unwrap();
        assert_eq!(d.region, Some(Span::new(8, 18)));
        assert_eq!(
            dateline("NEW YORK, Jan. 15, 2025 /PRNewswire/ -- Acme Corp. announced"),
            (Some("NEW YORK".into()), Some("2025-01-15".into()), Some("PRNewswire".into()))
        );
    }

    #[test]
    fn contact_blocks() {
        let text = "ACME signs deal\n\nACME signed a deal with Beta Ltd on Monday, its chief said in a long statement.\n\nMedia contact:\nDana Lee, Head of Communications\n";
        assert_eq!(contact_block_start(text), text.find("Media contact"));
        let text = "The fund opened an office in Osh and hired staff there. It will train nurses and doctors from three districts.\n\nFor more information, please contact Ana Kim, Press Officer, at the Office.";
        assert_eq!(contact_block_start(text), text.find("For more"));
        assert_eq!(contact_block_start("Contact: Dana Lee said the office opened in Osh and hired staff."), None);
        assert_eq!(contact_block_start("The minister met the press in Osh and said contacts with Kazakhstan were good."), None);
    }

    #[test]
    fn yearless_dateline_takes_the_publication_year() {
        let mut doc = text_document("d".into(), "AKTOBE, September 23 – Runners ran on Sunday.".into(), PathBuf::new());
        assert_eq!(doc.reference_date(), None);
        doc.published = Some("2024-09-24".into());
        assert_eq!(doc.reference_date().as_deref(), Some("2024-09-23"));
    }

    #[test]
    fn bad_jsonl_names_the_line() {
        let err = read_jsonl(Path::new("a.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n").unwrap_err();
        assert!(err.to_string().contains("a.jsonl: line 2"), "{err}");
        let err = read_jsonl(Path::new("a.jsonl"), "{\"text\":\"x\"}\n").unwrap_err();
        assert!(err.to_string().contains("missing required field `id`"), "{err}");
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(Path::new("x.txt"), b"abc\xffdef".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "reading x.txt: invalid UTF-8 at byte offset 3");
    }
}
