//! Sentence splitting and tokenisation in one pass over the original text. Paragraph
//! breaks always end a sentence; a full stop does unless it closes an abbreviation or an
//! initial ("Jorgan K. Andrews"); short headline-like lines end a sentence at the newline.

use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// A blank line or a line break that ends a sentence precedes this token.
    pub starts_paragraph: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index range into the token list.
    pub tokens: std::ops::Range<usize>,
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

/// Abbreviations that keep their full stop and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "gov", "sen",
    "rep", "rev", "revd", "rt", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "approx", "ave", "mt", "ft", "hon", "amb", "adm", "cmdr", "brig",
    "md", "mohd", "muhd", "engr", "eng", "atty", "pte", "bhd", "sdn", "cllr", "cr", "ltda", "cía", "cia", "pvt", "cpl", "supt", "insp", "det", "ing", "lic", "arq",
    // Indian forms of address ("Smt. Lata Rao"); "Ma." is Maria in Filipino names.
    "smt", "shri", "ma",
    // "Fr. Antonio Reyes", a priest.
    "fr",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    ABBREVIATIONS.contains(&w.as_str())
        || (w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()))
        || (w.contains('.') && w.split('.').all(|p| p.chars().count() <= 1))
}

fn is_title_abbreviation(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "dr" | "mr" | "mrs" | "ms" | "prof")
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '»' | ')' | ']' | '\'')
}

fn is_punct_char(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Splits `text[range]` into tokens: words keep inner hyphens, periods and apostrophes
/// ("co-operation", "U.S.", "O'Brien"); a possessive "'s" is its own token.
fn tokenize_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    let chars: Vec<(usize, char)> = chunk.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let (_, d) = chars[j];
                if d.is_alphanumeric() {
                    j += 1;
                } else if d == '.' && is_title_abbreviation(&chunk[off..chars[j].0]) {
                    // "Dr.Venkateshwaran": the honorific is a token of its own.
                    break;
                } else if matches!(d, '-' | '.' | '\'' | '’' | '&' | '/' | ',' | ':')
                    && j + 1 < chars.len()
                    && chars[j + 1].1.is_alphanumeric()
                {
                    // "'s" after a word is a possessive, not part of the word.
                    let possessive = matches!(d, '\'' | '’')
                        && matches!(chars[j + 1].1, 's' | 'S')
                        && (j + 2 >= chars.len() || !chars[j + 2].1.is_alphanumeric());
                    // Commas and colons join digits only ("1,500", "3:05").
                    let numeric = matches!(d, ',' | ':') && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit());
                    if possessive || numeric {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // A trailing full stop belongs to abbreviations and initials.
            let word_end = if j < chars.len() { chars[j].0 } else { chunk.len() };
            let mut tok_end = word_end;
            if j < chars.len() && chars[j].1 == '.' && is_abbreviation(&chunk[off..word_end]) {
                let rest_is_end = j + 1 >= chars.len() || is_closing(chars[j + 1].1);
                // "in the U.S." at the very end of a sentence keeps the stop with the word.
                if !rest_is_end || chunk[off..word_end].contains('.') || chunk[off..word_end].chars().count() <= 4 {
                    tok_end = word_end + 1;
                    j += 1;
                }
            }
            let word = &chunk[off..tok_end];
            let kind = if word.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':')) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token { span: Span::new(start + off, start + tok_end), kind, starts_paragraph: false });
            i = j;
        } else {
            let mut j = i + 1;
            // "'s" as a possessive token.
            if matches!(c, '\'' | '’') && j < chars.len() && matches!(chars[j].1, 's' | 'S') && !(j + 1 < chars.len() && chars[j + 1].1.is_alphanumeric()) && i > 0 && chars[i - 1].1.is_alphanumeric() {
                j += 1;
                let e = if j < chars.len() { chars[j].0 } else { chunk.len() };
                out.push(Token { span: Span::new(start + off, start + e), kind: TokenKind::Word, starts_paragraph: false });
                i = j;
                continue;
            }
            let e = if j < chars.len() { chars[j].0 } else { chunk.len() };
            if is_punct_char(c) {
                out.push(Token { span: Span::new(start + off, start + e), kind: TokenKind::Punct, starts_paragraph: false });
            }
            i = j;
        }
    }
}

/// Tokens and sentences of the whole text.
pub fn segment(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens: Vec<Token> = Vec::new();
    // Whitespace-separated chunks, remembering the breaks between them.
    let mut pending_break = true;
    let mut chunk_start: Option<usize> = None;
    let mut newlines = 0usize;
    let mut line_start = 0usize;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                let first = tokens.len();
                tokenize_chunk(text, s, i, &mut tokens);
                if pending_break && first < tokens.len() {
                    tokens[first].starts_paragraph = true;
                }
                pending_break = false;
                newlines = 0;
            }
            if c == '\n' {
                newlines += 1;
                let prev_line_len = i - line_start;
                line_start = i + 1;
                let line = text[i + 1 - prev_line_len - 1..i].trim();
                let ends_open = !line.ends_with(['.', '!', '?', ':', '"', '”', '»', ',', ';']);
                // A blank line, or a short unpunctuated line (headline, byline), ends a sentence.
                if newlines >= 2 || (ends_open && line.chars().count() < 60 && !line.is_empty()) {
                    pending_break = true;
                }
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    let mut sentences = Vec::new();
    let paragraph = 0usize;
    let mut start = 0usize;
    for i in 0..tokens.len() {
        if i > start && tokens[i].starts_paragraph {
            push_sentence(&tokens, start, i, paragraph, &mut sentences);
            start = i;
        }
        let t = &text[tokens[i].span.start..tokens[i].span.end];
        if matches!(t, "." | "!" | "?") || (t.ends_with('.') && tokens[i].kind == TokenKind::Word && i + 1 < tokens.len() && ends_sentence_after_abbrev(text, &tokens, i)) {
            // Absorb closing quotes and brackets.
            let mut end = i + 1;
            while end < tokens.len() && !tokens[end].starts_paragraph && text[tokens[end].span.start..tokens[end].span.end].chars().all(is_closing) {
                end += 1;
            }
            // A paragraph break or the end of the text splits anyway; here only a capital next.
            if end < tokens.len() && !tokens[end].starts_paragraph && starts_sentence(text, &tokens[end]) {
                push_sentence(&tokens, start, end, paragraph, &mut sentences);
                start = end;
            }
        }
    }
    if start < tokens.len() {
        push_sentence(&tokens, start, tokens.len(), paragraph, &mut sentences);
    }
    // Paragraph numbers: a blank line between two sentences starts a new paragraph.
    let mut paragraph = 0;
    for k in 1..sentences.len() {
        let gap = &text[sentences[k - 1].span.end..sentences[k].span.start];
        if gap.matches('\n').count() >= 2 {
            paragraph += 1;
        }
        sentences[k].paragraph = paragraph;
    }
    (tokens, sentences)
}

/// "in the U.S. The next day…": an abbreviation at a sentence end, judged by what follows.
fn ends_sentence_after_abbrev(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = &text[tokens[i].span.start..tokens[i].span.end];
    let next = &text[tokens[i + 1].span.start..tokens[i + 1].span.end];
    let lower = word.trim_end_matches('.').to_lowercase();
    let is_title = matches!(lower.as_str(), "mr" | "mrs" | "ms" | "dr" | "prof" | "st" | "gen" | "col" | "lt" | "maj" | "capt" | "sgt" | "gov" | "sen" | "rep" | "rev" | "revd" | "rt" | "hon" | "amb" | "adm" | "brig" | "no" | "mt" | "mohd" | "muhd" | "engr" | "eng" | "atty" | "ing" | "lic" | "arq" | "smt" | "shri" | "ma")
        || lower.chars().count() == 1;
    !is_title && matches!(next, "The" | "A" | "An" | "He" | "She" | "It" | "They" | "We" | "I" | "In" | "On" | "This")
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    let s = &text[t.span.start..t.span.end];
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || super::is_quote(c) || matches!(c, '‘' | '(' | '[' | '\'')
}

fn push_sentence(tokens: &[Token], start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: start..end,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let (tokens, _) = segment(text);
        tokens.iter().map(|t| &text[t.span.start..t.span.end]).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let (_, sentences) = segment(text);
        sentences.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn tokens_keep_compounds_and_split_possessives() {
        assert_eq!(words("an OSCE-supported seminar"), ["an", "OSCE-supported", "seminar"]);
        assert_eq!(words("the OSCE's field presence, 1,500 troops."), ["the", "OSCE", "'s", "field", "presence", ",", "1,500", "troops", "."]);
        assert_eq!(words("“Every week,” he said"), ["“", "Every", "week", ",", "”", "he", "said"]);
        assert_eq!(words("Jorgan K. Andrews and Dr. Smith"), ["Jorgan", "K.", "Andrews", "and", "Dr.", "Smith"]);
    }

    #[test]
    fn sentences_respect_initials_quotes_and_paragraphs() {
        assert_eq!(
            sentences("It was said by Jorgan K. Andrews. Then Dr. Smith spoke.\n\nNew paragraph here"),
            ["It was said by Jorgan K. Andrews.", "Then Dr. Smith spoke.", "New paragraph here"]
        );
        assert_eq!(
            sentences("\"We are proud. It works,\" said Jo Lee. Next one."),
            ["\"We are proud.", "It works,\" said Jo Lee.", "Next one."]
        );
        assert_eq!(sentences("By Embassy of Japan\nThe Kaselehlie Press\n\nThe Government met."), ["By Embassy of Japan", "The Kaselehlie Press", "The Government met."]);
        // A wrapped line inside a paragraph does not end the sentence.
        assert_eq!(sentences("The minister said that the talks, which lasted two days,\nwent well."), ["The minister said that the talks, which lasted two days,\nwent well."]);
    }
}
