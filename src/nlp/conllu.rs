//! CoNLL-U in and out (the training data and `annotate`'s output), and the IOB2 files of
//! Universal NER. Multiword-token ranges and empty nodes are kept as raw lines so that
//! `annotate --input conllu` writes back exactly the tokens and sentences it was given.

use super::NlpError;

/// One syntactic word (a CoNLL-U line with an integer ID).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 for the root, otherwise the 1-based index of the head word.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// One sentence: comment lines, words, and raw lines (multiword ranges, empty nodes)
/// each to be written before the word with the given index (0-based; `words.len()` = end).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub raw: Vec<(usize, String)>,
}

impl Sentence {
    pub fn from_forms<S: AsRef<str>>(forms: &[S]) -> Self {
        Sentence {
            words: forms.iter().map(|f| Word { form: f.as_ref().to_string(), ..Word::default() }).collect(),
            ..Sentence::default()
        }
    }

    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// A MISC key's value (`SpaceAfter`, `NER`, ...).
    pub fn misc_value<'a>(word: &'a Word, key: &str) -> Option<&'a str> {
        word.misc.split('|').find_map(|kv| kv.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
    }
}

/// Sets (or replaces) `key=value` in a MISC column.
pub fn set_misc(misc: &str, key: &str, value: &str) -> String {
    let mut parts: Vec<String> = misc
        .split('|')
        .filter(|kv| !kv.is_empty() && *kv != "_" && kv.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    parts.push(format!("{key}={value}"));
    parts.join("|")
}

fn field(s: &str) -> String {
    if s.is_empty() { "_".to_string() } else { s.to_string() }
}

/// Parses CoNLL-U text; `name` is the file named in errors.
pub fn parse(text: &str, name: &str) -> Result<Vec<Sentence>, NlpError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() || !cur.raw.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.comments.clear();
            }
            continue;
        }
        if line.starts_with('#') {
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(NlpError::Input { input: name.to_string(), line: n + 1, reason: format!("expected 10 tab-separated columns, found {}", cols.len()) });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            cur.raw.push((cur.words.len(), line.to_string()));
            continue;
        }
        let id: usize = cols[0].parse().map_err(|_| NlpError::Input { input: name.to_string(), line: n + 1, reason: format!("bad word ID {:?}", cols[0]) })?;
        if id != cur.words.len() + 1 {
            return Err(NlpError::Input { input: name.to_string(), line: n + 1, reason: format!("word ID {id} out of sequence (expected {})", cur.words.len() + 1) });
        }
        let un = |s: &str| if s == "_" { String::new() } else { s.to_string() };
        let head = if cols[6] == "_" { 0 } else {
            cols[6].parse().map_err(|_| NlpError::Input { input: name.to_string(), line: n + 1, reason: format!("bad HEAD {:?}", cols[6]) })?
        };
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: if cols[2] == "_" && cols[1] != "_" { String::new() } else { cols[2].to_string() },
            upos: un(cols[3]),
            xpos: un(cols[4]),
            feats: un(cols[5]),
            head,
            deprel: un(cols[7]),
            deps: un(cols[8]),
            misc: un(cols[9]),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read_file(path: &std::path::Path) -> Result<Vec<Sentence>, NlpError> {
    let text = std::fs::read_to_string(path).map_err(|e| NlpError::Read { path: path.display().to_string(), source: e })?;
    parse(&text, &path.display().to_string())
}

/// Writes sentences as CoNLL-U.
pub fn write(sentences: &[Sentence], out: &mut String) {
    use std::fmt::Write;
    for s in sentences {
        for c in &s.comments {
            out.push_str(c);
            out.push('\n');
        }
        let mut raw = s.raw.iter().peekable();
        for (i, w) in s.words.iter().enumerate() {
            while let Some((_, line)) = raw.next_if(|(at, _)| *at <= i) {
                out.push_str(line);
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                i + 1,
                w.form,
                field(&w.lemma),
                field(&w.upos),
                field(&w.xpos),
                field(&w.feats),
                w.head,
                field(&w.deprel),
                field(&w.deps),
                field(&w.misc)
            );
        }
        for (_, line) in raw {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
}

/// One sentence of a Universal NER IOB2 file.
#[derive(Debug, Clone)]
pub struct NerSentence {
    pub sent_id: String,
    pub forms: Vec<String>,
    pub labels: Vec<String>,
}

/// Parses a UNER IOB2 file, mapping every label outside PER/ORG/LOC (OTH, the stray B-O)
/// to O and repairing I- tags that do not continue an entity of the same type into B-.
pub fn parse_iob2(text: &str, name: &str) -> Result<Vec<NerSentence>, NlpError> {
    let mut out = Vec::new();
    let mut cur = NerSentence { sent_id: String::new(), forms: vec![], labels: vec![] };
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !cur.forms.is_empty() {
                out.push(std::mem::replace(&mut cur, NerSentence { sent_id: String::new(), forms: vec![], labels: vec![] }));
            }
            continue;
        }
        if let Some(id) = line.strip_prefix("# sent_id = ") {
            cur.sent_id = id.trim().to_string();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(NlpError::Input { input: name.to_string(), line: n + 1, reason: format!("expected at least 3 tab-separated columns, found {}", cols.len()) });
        }
        cur.forms.push(cols[1].to_string());
        cur.labels.push(cols[2].to_string());
    }
    if !cur.forms.is_empty() {
        out.push(cur);
    }
    for s in &mut out {
        s.labels = normalize_bio(&s.labels);
    }
    Ok(out)
}

/// Keeps PER/ORG/LOC, maps everything else to O, and turns orphan I- tags into B-.
pub fn normalize_bio(labels: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(labels.len());
    for l in labels {
        let (prefix, ty) = l.split_once('-').unwrap_or((l.as_str(), ""));
        let l = if matches!(ty, "PER" | "ORG" | "LOC") && matches!(prefix, "B" | "I") {
            if prefix == "I" && out.last().is_none_or(|p: &String| p.get(2..) != Some(ty)) {
                format!("B-{ty}")
            } else {
                l.to_string()
            }
        } else {
            "O".to_string()
        };
        out.push(l);
    }
    out
}

/// Entity spans `(start, end, type)` (end exclusive) of a BIO sequence.
pub fn spans(labels: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, l) in labels.iter().enumerate() {
        let (p, ty) = l.split_once('-').unwrap_or((l.as_str(), ""));
        let continues = p == "I" && cur.as_ref().is_some_and(|(_, t)| t == ty);
        if !continues {
            if let Some((s, t)) = cur.take() {
                out.push((s, i, t));
            }
            if p == "B" || p == "I" {
                cur = Some((i, ty.to_string()));
            }
        }
    }
    if let Some((s, t)) = cur {
        out.push((s, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn round_trips_with_multiword_ranges() {
        let s = parse(SAMPLE, "sample").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["I", "do", "n't", "."]);
        let mut out = String::new();
        write(&s, &mut out);
        assert_eq!(out, SAMPLE);
    }

    #[test]
    fn bio_is_normalized_and_spanned() {
        let l: Vec<String> = ["O", "I-PER", "I-PER", "B-OTH", "B-LOC", "B-O"].iter().map(|s| s.to_string()).collect();
        let n = normalize_bio(&l);
        assert_eq!(n, ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]);
        assert_eq!(spans(&n), [(1, 3, "PER".to_string()), (4, 5, "LOC".to_string())]);
        assert_eq!(set_misc("SpaceAfter=No|NER=O", "NER", "B-PER"), "SpaceAfter=No|NER=B-PER");
    }
}
