//! Documents as read from disk or stdin, with the metadata the pipeline needs (id, source,
//! publication date, dateline) and byte spans into the original text.

use std::path::PathBuf;

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
    /// ISO date given in the dateline or a "date 2019-03-01" header.
    pub date: Option<String>,
    /// The agency as written ("KAZINFORM").
    pub source: Option<Span>,
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

    /// The date relative expressions resolve against: the dateline's, else the published one.
    pub fn reference_date(&self) -> Option<&str> {
        self.dateline
            .as_ref()
            .and_then(|d| d.date.as_deref())
            .or(self.published.as_deref())
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
/// per line), a directory (recursively, sorted by path), or "-" for stdin (JSON Lines if
/// every non-blank line is a JSON object, else one text document with id "stdin").
/// TODO(extraction owner): implementation lands in a later commit.
pub fn read_path(path: &std::path::Path) -> Result<Vec<Document>, ReadError> {
    let _ = path;
    Ok(Vec::new())
}
