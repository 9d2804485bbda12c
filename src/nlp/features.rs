//! Word-level properties shared by the feature templates of every model: normalised form,
//! shape, affixes. Computed once per token so templates only hash.

/// A token's precomputed views.
#[derive(Debug, Clone)]
pub struct Tok {
    /// The form as written.
    pub form: String,
    /// Lower-cased, with digit runs normalised (years kept apart from other numbers).
    pub norm: String,
    /// Compressed word shape: "Xx", "XX", "d", "x.x" ...
    pub shape: String,
    pub prefix: [String; 3],
    pub suffix: [String; 4],
    pub upper_initial: bool,
    pub all_upper: bool,
    pub has_digit: bool,
    pub has_hyphen: bool,
}

/// The form lower-cased, with digit runs normalised (years kept apart from other numbers).
pub fn norm(form: &str) -> String {
    let lower = form.to_lowercase();
    if !form.chars().any(|c| c.is_ascii_digit()) {
        lower
    } else if form.len() == 4 && form.chars().all(|c| c.is_ascii_digit()) {
        "!YEAR".to_string()
    } else if form.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.')) {
        "!NUM".to_string()
    } else {
        lower.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect()
    }
}

/// The padding tokens before and after a sentence, built once: the feature functions ask for
/// them at every word.
pub static PAD_START: std::sync::LazyLock<Tok> = std::sync::LazyLock::new(|| Tok::pad("-START-"));
pub static PAD_END: std::sync::LazyLock<Tok> = std::sync::LazyLock::new(|| Tok::pad("-END-"));

impl Tok {
    pub fn new(form: &str) -> Self {
        let lower = form.to_lowercase();
        let has_digit = form.chars().any(|c| c.is_ascii_digit());
        let norm = norm(form);
        let chars: Vec<char> = lower.chars().collect();
        let n = chars.len();
        let pre = |k: usize| chars[..k.min(n)].iter().collect::<String>();
        let suf = |k: usize| chars[n.saturating_sub(k)..].iter().collect::<String>();
        Tok {
            shape: shape(form),
            prefix: [pre(1), pre(2), pre(3)],
            suffix: [suf(1), suf(2), suf(3), suf(4)],
            upper_initial: form.chars().next().is_some_and(char::is_uppercase),
            all_upper: form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase),
            has_digit,
            has_hyphen: form.contains('-'),
            form: form.to_string(),
            norm,
        }
    }

    /// A padding token for positions outside the sentence.
    pub fn pad(name: &str) -> Self {
        let mut t = Tok::new(name);
        t.shape = name.to_string();
        t
    }
}

/// Maps characters to classes (X, x, d, or itself) and squeezes runs beyond two.
pub fn shape(form: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = k;
        }
        out.push(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_norms() {
        assert_eq!(shape("McDonald's"), "XxXxx'x");
        assert_eq!(shape("1,500"), "d,dd");
        assert_eq!(Tok::new("1999").norm, "!YEAR");
        assert_eq!(Tok::new("A4").norm, "a0");
        assert_eq!(Tok::new("Walking").suffix[2], "ing");
    }
}
