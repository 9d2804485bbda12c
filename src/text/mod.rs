//! The text stages of the pipeline, each keeping byte spans into the original text:
//! normalisation (character classes only: the text itself is never rewritten, so offsets
//! stay valid), sentence splitting, tokenisation, and date expressions.

pub mod dates;
pub mod segment;

pub use segment::{segment, Sentence, Token, TokenKind};

/// Opening and closing quotation marks, straight or typographic.
pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Folds typographic apostrophes and dashes to ASCII for comparisons (not for output).
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '–' | '—' | '‐' => '-',
            _ => c,
        })
        .collect()
}

/// "NUR-SULTAN" → "Nur-Sultan": each word capitalised, the rest lower case. Datelines and
/// bylines shout; labels should not. Small words inside a name stay lower case, as place
/// names write them ("PORT OF SPAIN" → "Port of Spain", "DAR ES SALAAM" → "Dar es Salaam").
pub fn titlecase(s: &str) -> String {
    const SMALL: &[&str] = &["of", "and", "the", "de", "del", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "es", "upon", "on", "en"];
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    // Words after the first, between spaces, that are small words.
    let words: Vec<&str> = out.split(' ').collect();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i > 0 && i + 1 < words.len() && SMALL.contains(&w.to_lowercase().as_str()) { w.to_lowercase() } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn titlecase_words() {
        assert_eq!(super::titlecase("NUR-SULTAN"), "Nur-Sultan");
        assert_eq!(super::titlecase("KAZINFORM"), "Kazinform");
        assert_eq!(super::titlecase("PORT OF SPAIN"), "Port of Spain");
        assert_eq!(super::titlecase("DAR ES SALAAM"), "Dar es Salaam");
        assert_eq!(super::titlecase("OF MICE"), "Of Mice");
    }
}
