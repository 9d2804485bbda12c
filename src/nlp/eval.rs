//! Scores against gold data: tagging accuracy (UPOS, XPOS, lemma), attachment scores (UAS,
//! LAS as in the CoNLL 2018 shared task: universal relation without subtype, and the full
//! label too), exact-span entity micro-F1 (seqeval/CoNLL style), and tokenization and
//! sentence splitting from raw text (CoNLL 2018 Tokens / Sentences / Words), with the raw
//! text of a gold treebank rebuilt the way the shared task's input files were made.

use super::conllu::{spans, Sentence};
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Default, Clone)]
pub struct TagScores {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    pub las_full: usize,
}

impl TagScores {
    pub fn add(&mut self, gold: &Sentence, pred: &Sentence) {
        for (g, p) in gold.words.iter().zip(&pred.words) {
            self.words += 1;
            self.upos += (g.upos == p.upos) as usize;
            self.xpos += (g.xpos == p.xpos) as usize;
            self.lemma += (g.lemma == p.lemma) as usize;
            if g.head == p.head {
                self.uas += 1;
                let main = |d: &str| d.split(':').next().unwrap_or("").to_string();
                self.las += (main(&g.deprel) == main(&p.deprel)) as usize;
                self.las_full += (g.deprel == p.deprel) as usize;
            }
        }
    }
    fn pct(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.words.max(1) as f64
    }
    pub fn upos_pct(&self) -> f64 {
        self.pct(self.upos)
    }
    pub fn xpos_pct(&self) -> f64 {
        self.pct(self.xpos)
    }
    pub fn lemma_pct(&self) -> f64 {
        self.pct(self.lemma)
    }
    pub fn uas_pct(&self) -> f64 {
        self.pct(self.uas)
    }
    pub fn las_pct(&self) -> f64 {
        self.pct(self.las)
    }
}

impl fmt::Display for TagScores {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "words {}  UPOS {:.2}  XPOS {:.2}  LEMMA {:.2}  UAS {:.2}  LAS {:.2} (full labels {:.2})",
            self.words,
            self.upos_pct(),
            self.xpos_pct(),
            self.lemma_pct(),
            self.uas_pct(),
            self.las_pct(),
            self.pct(self.las_full)
        )
    }
}

#[derive(Debug, Default, Clone)]
pub struct SpanScores {
    pub gold: usize,
    pub pred: usize,
    pub correct: usize,
}

impl SpanScores {
    pub fn add(&mut self, gold: &[String], pred: &[String]) {
        let g: HashSet<_> = spans(gold).into_iter().collect();
        let p: HashSet<_> = spans(pred).into_iter().collect();
        self.gold += g.len();
        self.pred += p.len();
        self.correct += g.intersection(&p).count();
    }
    pub fn precision(&self) -> f64 {
        100.0 * self.correct as f64 / self.pred.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        100.0 * self.correct as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

impl fmt::Display for SpanScores {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "entities gold {} predicted {}  P {:.2}  R {:.2}  F1 {:.2}", self.gold, self.pred, self.precision(), self.recall(), self.f1())
    }
}

/// One CoNLL 2018 metric: counts of gold and system units and of correct ones.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub gold: usize,
    pub system: usize,
    pub correct: usize,
}

impl Count {
    pub fn precision(&self) -> f64 {
        100.0 * self.correct as f64 / self.system.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        100.0 * self.correct as f64 / self.gold.max(1) as f64
    }
    /// 2c / (g + s), as conll18_ud_eval.py computes it (0 when both are empty).
    pub fn f1(&self) -> f64 {
        if self.gold + self.system == 0 { 0.0 } else { 200.0 * self.correct as f64 / (self.gold + self.system) as f64 }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "gold {} system {} correct {}  P {:.2}  R {:.2}  F1 {:.2}", self.gold, self.system, self.correct, self.precision(), self.recall(), self.f1())
    }
}

/// Tokenization and sentence splitting scored as in the CoNLL 2018 shared task
/// (conll18_ud_eval.py): gold and system are laid on their common character sequence with
/// whitespace removed; a token (a multiword-token range line such as `4-5`, or a word outside
/// any range) or a sentence is correct when its character span equals a gold one; words are
/// aligned by span outside multiword tokens and by LCS of lower-cased forms inside them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SegmentationScores {
    pub tokens: Count,
    pub sentences: Count,
    pub words: Count,
}

/// Character span `[start, end)` in the whitespace-free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CharSpan {
    start: usize,
    end: usize,
}

struct UdWord {
    /// The word's span, or its whole multiword token's span when `multi`.
    span: CharSpan,
    lower: String,
    multi: bool,
}

/// A CoNLL-U file as conll18_ud_eval.py sees it.
struct UdText {
    chars: Vec<char>,
    tokens: Vec<CharSpan>,
    words: Vec<UdWord>,
    sentences: Vec<CharSpan>,
}

/// Unicode general category Zs, the spaces conll18_ud_eval.py deletes from forms.
fn is_zs(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

fn load_ud(sentences: &[Sentence]) -> UdText {
    let mut ud = UdText { chars: Vec::new(), tokens: Vec::new(), words: Vec::new(), sentences: Vec::new() };
    for s in sentences {
        let start = ud.chars.len();
        // Multiword ranges `a-b` by their first word (1-based); empty nodes are ignored.
        let ranges: Vec<(usize, usize, &str)> = s
            .raw
            .iter()
            .filter_map(|(_, line)| {
                let mut cols = line.split('\t');
                let (a, b) = cols.next()?.split_once('-')?;
                Some((a.parse().ok()?, b.parse().ok()?, cols.next()?))
            })
            .collect();
        let push_token = |ud: &mut UdText, form: &str| {
            let a = ud.chars.len();
            ud.chars.extend(form.chars().filter(|c| !is_zs(*c)));
            let span = CharSpan { start: a, end: ud.chars.len() };
            ud.tokens.push(span);
            span
        };
        let mut i = 0;
        while i < s.words.len() {
            if let Some(&(_, b, form)) = ranges.iter().find(|r| r.0 == i + 1 && r.1 > i) {
                let span = push_token(&mut ud, form);
                let last = b.min(s.words.len());
                for w in &s.words[i..last] {
                    ud.words.push(UdWord { span, lower: strip_zs_lower(&w.form), multi: true });
                }
                i = last;
            } else {
                let span = push_token(&mut ud, &s.words[i].form);
                ud.words.push(UdWord { span, lower: strip_zs_lower(&s.words[i].form), multi: false });
                i += 1;
            }
        }
        ud.sentences.push(CharSpan { start, end: ud.chars.len() });
    }
    ud
}

fn strip_zs_lower(form: &str) -> String {
    form.chars().filter(|c| !is_zs(*c)).collect::<String>().to_lowercase()
}

fn spans_score(gold: &[CharSpan], system: &[CharSpan]) -> Count {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].start < gold[gi].start {
            si += 1;
        } else if gold[gi].start < system[si].start {
            gi += 1;
        } else {
            correct += (gold[gi].end == system[si].end) as usize;
            gi += 1;
            si += 1;
        }
    }
    Count { gold: gold.len(), system: system.len(), correct }
}

/// The number of aligned words, following conll18_ud_eval.py's `align_words` step by step so
/// that the Words figure is comparable with published ones.
fn aligned_words(gold: &[UdWord], system: &[UdWord]) -> usize {
    fn beyond_end(words: &[UdWord], i: usize, end: usize) -> bool {
        match words.get(i) {
            None => true,
            Some(w) if w.multi => w.span.start >= end,
            Some(w) => w.span.end > end,
        }
    }
    fn extend_end(w: &UdWord, end: usize) -> usize {
        if w.multi && w.span.end > end { w.span.end } else { end }
    }
    let mut aligned = 0;
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if gold[gi].multi || system[si].multi {
            // The smallest stretch that holds every multiword token it touches, on both sides.
            let mut end;
            if gold[gi].multi {
                end = gold[gi].span.end;
                if !system[si].multi && system[si].span.start < gold[gi].span.start {
                    si += 1;
                }
            } else {
                end = system[si].span.end;
                if !gold[gi].multi && gold[gi].span.start < system[si].span.start {
                    gi += 1;
                }
            }
            let (gs, ss) = (gi, si);
            while !beyond_end(gold, gi, end) || !beyond_end(system, si, end) {
                if gi < gold.len() && (si >= system.len() || gold[gi].span.start <= system[si].span.start) {
                    end = extend_end(&gold[gi], end);
                    gi += 1;
                } else {
                    end = extend_end(&system[si], end);
                    si += 1;
                }
            }
            let (g, s) = (&gold[gs..gi], &system[ss..si]);
            if g.is_empty() || s.is_empty() {
                continue;
            }
            // lcs[x][y]: longest common subsequence of forms of g[x..] and s[y..].
            let mut lcs = vec![vec![0usize; s.len() + 1]; g.len() + 1];
            for x in (0..g.len()).rev() {
                for y in (0..s.len()).rev() {
                    let same = if g[x].lower == s[y].lower { 1 + lcs[x + 1][y + 1] } else { 0 };
                    lcs[x][y] = same.max(lcs[x + 1][y]).max(lcs[x][y + 1]);
                }
            }
            let (mut x, mut y) = (0, 0);
            while x < g.len() && y < s.len() {
                if g[x].lower == s[y].lower {
                    aligned += 1;
                    x += 1;
                    y += 1;
                } else if lcs[x][y] == lcs[x + 1][y] {
                    x += 1;
                } else {
                    y += 1;
                }
            }
        } else if gold[gi].span == system[si].span {
            aligned += 1;
            gi += 1;
            si += 1;
        } else if gold[gi].span.start <= system[si].span.start {
            gi += 1;
        } else {
            si += 1;
        }
    }
    aligned
}

impl SegmentationScores {
    /// Scores `system` against `gold`; both must spell the same text once whitespace is
    /// removed (as conll18_ud_eval.py requires), otherwise the first difference is reported.
    pub fn compute(gold: &[Sentence], system: &[Sentence]) -> Result<Self, String> {
        let (g, s) = (load_ud(gold), load_ud(system));
        if g.chars != s.chars {
            let at = g.chars.iter().zip(&s.chars).position(|(a, b)| a != b).unwrap_or(g.chars.len().min(s.chars.len()));
            let show = |c: &[char]| c[at.min(c.len())..(at + 20).min(c.len())].iter().collect::<String>();
            return Err(format!(
                "gold and system texts differ at non-space character {at}: gold {:?}, system {:?}",
                show(&g.chars),
                show(&s.chars)
            ));
        }
        Ok(SegmentationScores {
            tokens: spans_score(&g.tokens, &s.tokens),
            sentences: spans_score(&g.sentences, &s.sentences),
            words: Count { gold: g.words.len(), system: s.words.len(), correct: aligned_words(&g.words, &s.words) },
        })
    }
}

impl fmt::Display for SegmentationScores {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "Tokens     {}", self.tokens)?;
        writeln!(f, "Sentences  {}", self.sentences)?;
        write!(f, "Words      {}", self.words)
    }
}

/// The raw text of a treebank as the UD releases' .txt files give it, which is what the
/// CoNLL 2018 shared task fed to systems (UD tools/conllu_to_text.pl): surface forms of the
/// tokens (a multiword token's own form), a space after each unless `SpaceAfter=No`,
/// sentences run on within a paragraph, a blank line at `# newpar` / `# newdoc`, and lines
/// wrapped at word boundaries once they reach 80 characters. Rebuilt from the forms rather
/// than from `# text` so that it matches the tokens exactly; the wrapping is kept because
/// line breaks are evidence a splitter may use, and the task's systems saw them too.
pub fn raw_text(sentences: &[Sentence]) -> String {
    const LIMIT: usize = 80;
    let mut out = String::new();
    let mut buffer: Vec<char> = Vec::new();
    let flush_lines = |buffer: &mut Vec<char>, out: &mut String, no_space_now: bool| {
        while buffer.len() >= LIMIT {
            let mut last_space = None;
            for (i, c) in buffer.iter().enumerate() {
                if i > LIMIT && last_space.is_some() {
                    break;
                }
                if c.is_whitespace() {
                    last_space = Some(i);
                }
            }
            match last_space {
                Some(i) if i > 0 => {
                    out.extend(&buffer[..i]);
                    out.push('\n');
                    buffer.drain(..=i);
                }
                // One string longer than a line: printed whole unless glued to what follows.
                _ if no_space_now => break,
                _ => {
                    out.extend(buffer.iter());
                    out.push('\n');
                    buffer.clear();
                }
            }
        }
    };
    for (k, s) in sentences.iter().enumerate() {
        let new_par = s.comments.iter().any(|c| {
            let c = c.trim_start_matches('#').trim_start();
            c == "newpar" || c == "newdoc" || c.starts_with("newpar ") || c.starts_with("newdoc ")
        });
        let mut no_space = false;
        let mut text = String::new();
        let mut i = 0;
        while i < s.words.len() {
            let range = s.raw.iter().find_map(|(_, line)| {
                let cols: Vec<&str> = line.split('\t').collect();
                let (a, b) = cols.first()?.split_once('-')?;
                let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
                (a == i + 1 && cols.len() == 10).then(|| (b, cols[1].to_string(), cols[9].to_string()))
            });
            let (form, misc, next) = match range {
                Some((b, form, misc)) => (form, misc, b.max(i + 1)),
                None => (s.words[i].form.clone(), s.words[i].misc.clone(), i + 1),
            };
            text.push_str(&form);
            no_space = misc.split('|').any(|kv| kv == "SpaceAfter=No");
            if !no_space {
                text.push(' ');
            }
            i = next;
        }
        if k > 0 && new_par {
            if !buffer.is_empty() {
                out.extend(buffer.drain(..));
                out.push('\n');
            }
            out.push('\n');
        }
        buffer.extend(text.chars());
        flush_lines(&mut buffer, &mut out, no_space);
    }
    if !buffer.is_empty() {
        out.extend(buffer.iter());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::conllu::parse;

    /// CoNLL-U from a compact form: sentences split on `\n\n`, one token per line as
    /// `FORM` or `FORM word word` (a multiword token), a trailing `~` meaning SpaceAfter=No;
    /// a sentence whose first line is `#par` starts a paragraph.
    fn conllu(spec: &str) -> Vec<Sentence> {
        let mut out = String::new();
        for sent in spec.split("\n\n") {
            let mut id = 0;
            for line in sent.lines() {
                if line == "#par" {
                    out.push_str("# newpar\n");
                    continue;
                }
                let (line, misc) = match line.strip_suffix('~') {
                    Some(l) => (l, "SpaceAfter=No"),
                    None => (line, "_"),
                };
                let parts: Vec<&str> = line.split(' ').collect();
                if parts.len() > 1 {
                    out.push_str(&format!("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n", id + 1, id + parts.len() - 1, parts[0]));
                    for w in &parts[1..] {
                        id += 1;
                        out.push_str(&format!("{id}\t{w}\t_\t_\t_\t_\t0\t_\t_\t_\n"));
                    }
                } else {
                    id += 1;
                    out.push_str(&format!("{id}\t{line}\t_\t_\t_\t_\t0\t_\t_\t{misc}\n"));
                }
            }
            out.push('\n');
        }
        parse(&out, "test").unwrap()
    }

    const GOLD: &str = "I\ndon't do n't\nknow~\n.\n\nIt\nworks~\n.";

    #[test]
    fn identical_segmentation_scores_100() {
        let g = conllu(GOLD);
        let s = SegmentationScores::compute(&g, &g).unwrap();
        assert_eq!(s.tokens, Count { gold: 7, system: 7, correct: 7 });
        assert_eq!(s.sentences, Count { gold: 2, system: 2, correct: 2 });
        assert_eq!(s.words, Count { gold: 8, system: 8, correct: 8 });
        assert_eq!(s.tokens.f1(), 100.0);
    }

    #[test]
    fn a_split_token_costs_tokens_but_not_aligned_words() {
        let g = conllu(GOLD);
        // "don't" as two plain tokens: the gold token is missed, both words still align.
        let sys = conllu("I\ndo~\nn't\nknow~\n.\n\nIt\nworks~\n.");
        let s = SegmentationScores::compute(&g, &sys).unwrap();
        assert_eq!(s.tokens, Count { gold: 7, system: 8, correct: 6 });
        assert_eq!(s.words, Count { gold: 8, system: 8, correct: 8 });
        assert_eq!(s.sentences.correct, 2);
        // "know." as one token: both gold tokens are missed and so are both words.
        let sys = conllu("I\ndon't do n't\nknow.\n\nIt\nworks~\n.");
        let s = SegmentationScores::compute(&g, &sys).unwrap();
        assert_eq!(s.tokens, Count { gold: 7, system: 6, correct: 5 });
        assert_eq!(s.words, Count { gold: 8, system: 7, correct: 6 });
        assert!((s.tokens.f1() - 200.0 * 5.0 / 13.0).abs() < 1e-9);
    }

    #[test]
    fn a_merged_sentence_matches_neither_gold_sentence() {
        let g = conllu(&format!("{GOLD}\n\nBye~\n."));
        let sys = conllu("I\ndon't do n't\nknow~\n.\nIt\nworks~\n.\n\nBye~\n.");
        let s = SegmentationScores::compute(&g, &sys).unwrap();
        assert_eq!(s.sentences, Count { gold: 3, system: 2, correct: 1 });
        assert_eq!(s.tokens.correct, 9);
        assert!((s.sentences.f1() - 40.0).abs() < 1e-9);
    }

    #[test]
    fn different_texts_are_refused() {
        let g = conllu(GOLD);
        let sys = conllu("I\ndon't do n't\nknow~\n.\n\nIt\nwork~\n.");
        let e = SegmentationScores::compute(&g, &sys).unwrap_err();
        assert!(e.contains("character 17"), "{e}");
    }

    #[test]
    fn raw_text_follows_forms_spaces_and_paragraphs() {
        let g = conllu(&format!("{GOLD}\n\n#par\nBye~\n."));
        assert_eq!(raw_text(&g), "I don't know. It works. \n\nBye. \n");
        // Long paragraphs wrap at the last space before column 81.
        let long = conllu(&vec!["abcdefghi"; 20].join("\n"));
        let text = raw_text(&long);
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text:?}");
        assert_eq!(text.split_whitespace().count(), 20);
    }
}
