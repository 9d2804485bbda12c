//! Raw text to UD-style words: the project's segmenter (src/text/segment.rs, shared with
//! the extractor, which is left as it is) finds sentences and tokens; this pass then reshapes
//! them the way UD English EWT does, so the models see the tokens they were trained on:
//! clitics ("do|n't", "we|'re", "it|'s"), hyphens and slashes inside words ("Al|-|Zaman",
//! "and|/|or", but "e-mail", "08/16/2000"), URLs and e-mail addresses whole, punctuation
//! runs ("...") as one token; and it refines the sentence ends for EWT's web and e-mail
//! text. Every word keeps its byte span in the original text, and [`tokens`] keeps the
//! surface tokens too: a word with a clitic is one multiword token ("don't" = do + n't), as
//! EWT writes it, which is what the CoNLL 2018 token score counts.

use super::conllu::{Sentence, Word};
use crate::document::Span;
use crate::text::segment::{segment, TokenKind};
use std::collections::{BTreeSet, HashSet};

/// A surface token and its syntactic words (more than one for a multiword token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub words: Vec<Span>,
}

/// Sentences (span, word spans) of `text`.
pub fn tokenize(text: &str) -> Vec<(Span, Vec<Span>)> {
    tokens(text).into_iter().map(|(span, toks)| (span, toks.into_iter().flat_map(|t| t.words).collect())).collect()
}

/// Sentences (span, surface tokens) of `text`.
pub fn tokens(text: &str) -> Vec<(Span, Vec<Token>)> {
    let (seg_tokens, seg_sentences) = segment(text);
    // Where the segmenter starts sentences: kept for what it judges best (abbreviations at a
    // sentence end, headline lines), refined below.
    let seg_starts: HashSet<usize> = seg_sentences.iter().skip(1).map(|s| s.span.start).collect();
    let chunks = whole_chunks(text);
    let mut toks: Vec<Token> = Vec::new();
    let mut par: Vec<bool> = Vec::new();
    let mut chunk_at = 0;
    for t in &seg_tokens {
        let w = &text[t.span.start..t.span.end];
        while chunk_at < chunks.len() && chunks[chunk_at].end <= t.span.start {
            chunk_at += 1;
        }
        let n = toks.len();
        if let Some(c) = chunks.get(chunk_at).filter(|c| c.start <= t.span.start && t.span.end <= c.end) {
            // A URL, e-mail address, file name, hashtag or emoticon: one token, as EWT has it.
            if let Some(last) = toks.last_mut().filter(|p| p.span.start >= c.start) {
                last.span.end = t.span.end;
                last.words = vec![last.span];
            } else {
                toks.push(Token { span: t.span, words: vec![t.span] });
            }
        } else if is_clitic(w) && toks.last().is_some_and(|p: &Token| p.span.end == t.span.start && p.words.len() == 1) {
            // The segmenter cuts a possessive "'s" off its word; EWT keeps the two as
            // one multiword token ("Bush's" = Bush + 's).
            let prev = toks.last_mut().expect("checked");
            prev.span.end = t.span.end;
            prev.words.push(t.span);
        } else if t.kind == TokenKind::Punct && toks.last().is_some_and(|p| p.span.end == t.span.start && joins_punct(&text[p.span.start..p.span.end], w)) {
            // "...", "!?", "--", "=====": a run of punctuation is one token.
            let prev = toks.last_mut().expect("checked");
            prev.span.end = t.span.end;
            prev.words = vec![prev.span];
        } else if t.kind == TokenKind::Word {
            split_word(text, t.span, &mut toks);
        } else {
            toks.push(Token { span: t.span, words: vec![t.span] });
        }
        par.resize(toks.len(), false);
        if toks.len() > n && t.starts_paragraph {
            par[n] = true;
        }
    }
    let starts = sentence_starts(text, &toks, &par, &seg_starts);
    let mut out = Vec::new();
    for (k, &a) in starts.iter().enumerate() {
        let b = starts.get(k + 1).copied().unwrap_or(toks.len());
        if a < b {
            out.push((Span::new(toks[a].span.start, toks[b - 1].span.end), toks[a..b].to_vec()));
        }
    }
    out
}

/// Whitespace-separated chunks that EWT keeps whole (less any brackets, quotes or sentence
/// punctuation around them): URLs, e-mail addresses, file names, hashtags, emoticons.
fn whole_chunks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for chunk in text.split(char::is_whitespace) {
        let start = pos;
        pos += chunk.len() + text[start + chunk.len()..].chars().next().map_or(0, char::len_utf8);
        if chunk.is_empty() {
            continue;
        }
        let lead = chunk.len() - chunk.trim_start_matches(['(', '<', '[', '"', '“', '\'', '‘']).len();
        let core = chunk[lead..].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '>', ']', '"', '”', '\'', '’']);
        let core_start = start + lead;
        let lower = core.to_lowercase();
        let bytes = core.as_bytes();
        let email = core.char_indices().any(|(i, c)| c == '@' && i > 0 && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric()));
        let url = lower.contains("://") || lower.starts_with("www.");
        let file = lower.rsplit_once('.').is_some_and(|(name, ext)| {
            !name.is_empty() && matches!(ext, "doc" | "docx" | "xls" | "xlsx" | "pdf" | "txt" | "htm" | "html" | "ppt" | "jpg" | "gif" | "zip" | "com" | "org" | "net" | "gov" | "edu")
                && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        });
        let tag = (core.starts_with('#') || core.starts_with('@'))
            && core[1..].chars().next().is_some_and(char::is_alphabetic)
            && core[1..].chars().all(|c| c.is_alphanumeric() || c == '_');
        let smiley = EMOTICONS.contains(&chunk);
        if smiley {
            out.push(Span::new(start, start + chunk.len()));
        } else if email && !url {
            // Only the address itself: "Reynolds\"<rreynol...@cogeco.ca>" keeps its name and
            // brackets apart.
            let at = core.find('@').expect("email has @");
            let addr = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
            let a = core[..at].rfind(|c: char| !addr(c)).map_or(0, |i| i + core[i..].chars().next().map_or(1, char::len_utf8));
            let b = core[at + 1..].find(|c: char| !addr(c)).map_or(core.len(), |i| at + 1 + i);
            out.push(Span::new(core_start + a, core_start + b));
        } else if url || email || file || tag {
            out.push(Span::new(core_start, core_start + core.len()));
        }
    }
    out
}

const EMOTICONS: &[&str] = &[":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":p", ":-P", ":/", "^_^", "<3"];

fn is_url(t: &str) -> bool {
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

/// A run of one line-drawing character ("****", "----", "====").
fn is_rule(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some_and(|c| matches!(c, '*' | '=' | '_' | '~' | '-') && cs.all(|d| d == c))
}

/// Whether punctuation `b` continues the run `a` into one token.
fn joins_punct(a: &str, b: &str) -> bool {
    let stops = |s: &str| s.chars().all(|c| matches!(c, '.' | '!' | '?'));
    let same = |s: &str, c: char| s.chars().all(|d| d == c);
    let Some(c) = b.chars().next() else { return false };
    (stops(a) && stops(b)) || (matches!(c, '-' | '=' | '*' | '_' | '#' | '~' | '+' | '<' | '>' | '$' | '/' | '|' | '^' | '&' | '%') && same(a, c) && same(b, c))
}

/// Indexes of the tokens that start a sentence. On top of the segmenter's decisions:
/// a sentence also ends at "." / "!" / "?" before a lower-case word (informal text) or a
/// "$", "(" or "--"; a quote glued to the word after it opens the next sentence instead of
/// closing this one; "..." ends a sentence only before a capital.
fn sentence_starts(text: &str, toks: &[Token], par: &[bool], seg_starts: &HashSet<usize>) -> Vec<usize> {
    let s = |i: usize| &text[toks[i].span.start..toks[i].span.end];
    let gap_before = |i: usize| i == 0 || toks[i - 1].span.end < toks[i].span.start;
    let opening = |i: usize| {
        let c = s(i);
        matches!(c, "“" | "‘") || (matches!(c, "\"" | "'") && gap_before(i) && i + 1 < toks.len() && !gap_before(i + 1))
    };
    let closing = |i: usize| matches!(s(i), ")" | "]" | "”" | "’" | "\"" | "'" | "»") && !opening(i);
    let mut starts = BTreeSet::new();
    starts.insert(0);
    for i in 1..toks.len() {
        if par[i] {
            starts.insert(i);
        } else if seg_starts.contains(&toks[i].span.start) {
            // The segmenter took an opening quote for a closing one: start before it.
            starts.insert(if opening(i - 1) { i - 1 } else { i });
        }
    }
    for k in 0..toks.len() {
        let t = s(k);
        if t.is_empty() || !t.chars().all(|c| matches!(c, '.' | '!' | '?')) {
            continue;
        }
        let mut e = k + 1;
        while e < toks.len() && !par[e] && closing(e) {
            e += 1;
        }
        if e >= toks.len() || par[e] {
            continue;
        }
        let next = s(e);
        let c = next.chars().next().unwrap_or(' ');
        let dots = t.len() > 1 && t.chars().all(|c| c == '.');
        let split = if dots {
            c.is_uppercase()
        } else {
            // After a closing quote or bracket a lower-case word goes on the sentence
            // ("a big "Welcome!" to Darin").
            (c.is_alphanumeric() && (e == k + 1 || !c.is_lowercase())) || opening(e) || matches!(c, '$' | '(' | '[') || next == "--"
        };
        if split {
            starts.insert(e);
        }
    }
    // Emoticons, closing brackets and the ">" after an e-mail address mostly close a
    // sentence in EWT when a capital (or, after ">", a date) follows: web and e-mail text.
    // ("--" and closing quotes before a capital were tried too and did not help on dev.)
    for k in 0..toks.len().saturating_sub(1) {
        let e = k + 1;
        let c = s(e).chars().next().unwrap_or(' ');
        let t = s(k);
        let after = match t {
            ":)" | ":-)" | ":(" | ";)" | ":D" | "]" | ")" => c.is_uppercase(),
            ">" | ">>" => c.is_uppercase() || c.is_ascii_digit(),
            // The time of an e-mail header: "08/16/2000 03:48 PM | John, ..."
            "AM" | "PM" => c.is_uppercase() && k > 0 && s(k - 1).starts_with(|d: char| d.is_ascii_digit()),
            // A URL on its own line, usually.
            _ if is_url(t) => c.is_alphanumeric() || is_url(s(e)) || matches!(c, '(' | '"'),
            // A rule line: "*****", "-----", "=====".
            _ if t.len() >= 3 && is_rule(t) => c.is_uppercase(),
            _ if t.chars().all(|c| matches!(c, '.' | '!' | '?')) => s(e).len() >= 2 && is_rule(s(e)),
            _ => false,
        };
        if after && gap_before(e) {
            starts.insert(e);
        }
    }
    starts.into_iter().collect()
}

/// The output of [`tokens`] as CoNLL-U sentences with only FORM (and multiword-token range
/// lines, and SpaceAfter=No), so it can be scored against a gold treebank like any system's.
/// Each sentence gets a flat tree (word 1 the root, the rest `dep` on it) only so that the
/// official conll18_ud_eval.py, which insists on one root, accepts the file.
pub fn to_conllu(text: &str, sentences: &[(Span, Vec<Token>)]) -> Vec<Sentence> {
    sentences
        .iter()
        .map(|(_, toks)| {
            let mut s = Sentence::default();
            for (k, t) in toks.iter().enumerate() {
                let glued = toks.get(k + 1).is_some_and(|n| n.span.start == t.span.end);
                let misc = if glued { "SpaceAfter=No" } else { "" };
                if t.words.len() > 1 {
                    let first = s.words.len() + 1;
                    let line = format!("{first}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}", first + t.words.len() - 1, &text[t.span.start..t.span.end], if glued { misc } else { "_" });
                    s.raw.push((s.words.len(), line));
                    s.words.extend(t.words.iter().map(|w| Word { form: text[w.start..w.end].to_string(), ..Word::default() }));
                } else {
                    s.words.push(Word { form: text[t.span.start..t.span.end].to_string(), misc: misc.to_string(), ..Word::default() });
                }
            }
            for (i, w) in s.words.iter_mut().enumerate() {
                (w.head, w.deprel) = if i == 0 { (0, "root".to_string()) } else { (1, "dep".to_string()) };
            }
            s
        })
        .collect()
}

const CLITICS: &[&str] = &["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "'s", "’s"];

fn is_clitic(w: &str) -> bool {
    let lower = w.to_lowercase();
    CLITICS.contains(&lower.as_str())
}

/// Prefixes EWT keeps attached by their hyphen ("non-Microsoft", "e-mail", "re-read").
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross", "neo", "psycho",
    "socio", "counter", "intra", "inter", "micro", "mis", "un",
];

/// Words EWT keeps whole although they hold a hyphen or slash: phone numbers
/// ("303-832-8160", "853-3242"), dates ("08/16/2000") and "b/c", "w/o".
fn keeps_whole(w: &str) -> bool {
    let lower = w.to_lowercase();
    if matches!(lower.as_str(), "b/c" | "w/o" | "w/e") {
        return true;
    }
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    let digits = parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let dashes_only = !w.contains('/');
    digits && (parts.len() >= 3 || (dashes_only && parts.len() == 2 && parts[0].len() >= 3 && parts[1].len() == 4))
}

/// The words EWT makes of one token `span` of `text`: split at inner hyphens and slashes
/// ("Mortensen-Aas" → Mortensen, -, Aas) and before clitics, as [`tokens`] splits them.
pub fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    split_word(text, span, &mut out);
    out.into_iter().flat_map(|t| t.words).collect()
}

fn split_word(text: &str, span: Span, out: &mut Vec<Token>) {
    let w = &text[span.start..span.end];
    if keeps_whole(w) {
        out.push(Token { span, words: vec![span] });
        return;
    }
    // Hyphens and slashes between letters or digits split the word.
    let bytes: Vec<(usize, char)> = w.char_indices().collect();
    let mut start = 0;
    for (k, &(i, c)) in bytes.iter().enumerate() {
        let inner = k > 0 && k + 1 < bytes.len() && bytes[k - 1].1.is_alphanumeric() && bytes[k + 1].1.is_alphanumeric();
        let prefix = c == '-' && HYPHEN_PREFIXES.contains(&w[start..i].to_lowercase().as_str());
        // "quality.You'll": a full stop typed without the space after it.
        let glued_stop = c == '.'
            && k >= 2
            && bytes[k - 1].1.is_lowercase()
            && bytes[k - 2].1.is_lowercase()
            && bytes.get(k + 1).is_some_and(|n| n.1.is_uppercase())
            && bytes.get(k + 2).is_some_and(|n| n.1.is_lowercase() || n.1 == '\'');
        if glued_stop {
            split_clitic(text, Span::new(span.start + start, span.start + i), out);
            let stop = Span::new(span.start + i, span.start + i + 1);
            out.push(Token { span: stop, words: vec![stop] });
            start = i + 1;
            continue;
        }
        if inner && !prefix && matches!(c, '-' | '/' | '–') && !w.contains("://") {
            split_clitic(text, Span::new(span.start + start, span.start + i), out);
            let hyphen = Span::new(span.start + i, span.start + i + c.len_utf8());
            out.push(Token { span: hyphen, words: vec![hyphen] });
            start = i + c.len_utf8();
        }
    }
    split_clitic(text, Span::new(span.start + start, span.end), out);
}

fn split_clitic(text: &str, span: Span, out: &mut Vec<Token>) {
    if span.start >= span.end {
        return;
    }
    let w = &text[span.start..span.end];
    let lower = w.to_lowercase();
    for c in CLITICS {
        if lower.ends_with(c) && lower.len() > c.len() && lower.is_char_boundary(lower.len() - c.len()) && lower.len() == w.len() {
            let cut = span.end - c.len();
            out.push(Token { span, words: vec![Span::new(span.start, cut), Span::new(cut, span.end)] });
            return;
        }
    }
    out.push(Token { span, words: vec![span] });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_ewt() {
        let text = "I don't think the OSCE-supported seminar's over. We're done.";
        let s = tokenize(text);
        let words: Vec<Vec<&str>> = s.iter().map(|(_, w)| w.iter().map(|sp| &text[sp.start..sp.end]).collect()).collect();
        assert_eq!(words[0], ["I", "do", "n't", "think", "the", "OSCE", "-", "supported", "seminar", "'s", "over", "."]);
        assert_eq!(words[1], ["We", "'re", "done", "."]);
    }

    fn surface(text: &str) -> Vec<Vec<String>> {
        tokens(text)
            .iter()
            .map(|(_, ts)| ts.iter().map(|t| format!("{}{}", &text[t.span.start..t.span.end], if t.words.len() > 1 { "+" } else { "" })).collect())
            .collect()
    }

    #[test]
    fn keeps_ewt_tokens_whole() {
        let text = "Bush's e-mail to a non-Microsoft (<jo.x@ex.com>) http://a.b/c-d.html... wow!!! :) call 303-832-8160 on 08/16/2000 b/c 3-4 and/or";
        assert_eq!(
            surface(text),
            [[
                "Bush's+", "e-mail", "to", "a", "non-Microsoft", "(", "<", "jo.x@ex.com", ">", ")", "http://a.b/c-d.html", "...", "wow", "!!!", ":)",
                "call", "303-832-8160", "on", "08/16/2000", "b/c", "3", "-", "4", "and", "/", "or"
            ]]
        );
    }

    #[test]
    fn splits_sentences_like_ewt() {
        let sentences = |text: &str| -> Vec<String> { tokens(text).iter().map(|(sp, _)| text[sp.start..sp.end].to_string()).collect() };
        // An opening quote starts the next sentence; a closing one ends this one.
        assert_eq!(sentences("He said. \"We won.\" Then we left."), ["He said.", "\"We won.\"", "Then we left."]);
        // Informal text: a lower-case word after "." starts a sentence, but not after "...".
        assert_eq!(sentences("call them now. they wait... for you"), ["call them now.", "they wait... for you"]);
        // A rule line and an e-mail header's time end a sentence.
        assert_eq!(sentences("Thanks. ***** Bob 08/16/2000 03:48 PM Hi all"), ["Thanks.", "*****", "Bob 08/16/2000 03:48 PM", "Hi all"]);
    }
}
