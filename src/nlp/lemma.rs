//! Lemmatisation learned from the training data: a lookup of (form, XPOS) seen in training,
//! then suffix rewrite rules ("-ies" -> "-y" for NNS) learned from the same pairs, then
//! the lower-cased form (proper nouns keep their case, as in UD English).

use super::model::{Reader, Writer};
use super::NlpError;
use std::collections::HashMap;

pub struct Lemmatizer {
    /// "form\tXPOS" -> lemma (the most frequent), for forms whose lemma is not the default.
    lookup: HashMap<String, String>,
    /// "XPOS\tsuffix" -> (characters to strip, text to append).
    rules: HashMap<String, (u8, String)>,
}

fn default_lemma(form: &str, upos: &str) -> String {
    if upos == "PROPN" { form.to_string() } else { form.to_lowercase() }
}

/// The rule that turns `form` (lower-cased) into `lemma`, if lemma shares a prefix.
fn rule(lower: &str, lemma: &str) -> Option<(u8, String)> {
    let f: Vec<char> = lower.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    if common == 0 || f.len() - common > 4 {
        return None;
    }
    Some(((f.len() - common) as u8, l[common..].iter().collect()))
}

impl Lemmatizer {
    pub fn train(data: &[super::conllu::Sentence]) -> Self {
        let mut seen: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut rule_counts: HashMap<String, HashMap<(u8, String), u32>> = HashMap::new();
        for s in data {
            for w in &s.words {
                if w.lemma.is_empty() {
                    continue;
                }
                *seen.entry(format!("{}\t{}", w.form, w.xpos)).or_default().entry(w.lemma.clone()).or_default() += 1;
                let lower = w.form.to_lowercase();
                if let Some(r) = rule(&lower, &w.lemma.to_lowercase()) {
                    let chars: Vec<char> = lower.chars().collect();
                    for k in 1..=4.min(chars.len()) {
                        let suf: String = chars[chars.len() - k..].iter().collect();
                        *rule_counts.entry(format!("{}\t{}", w.xpos, suf)).or_default().entry(r.clone()).or_default() += 1;
                    }
                }
            }
        }
        let mut lookup = HashMap::new();
        for (k, lemmas) in seen {
            let (best, _) = lemmas.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).expect("non-empty");
            let (form, xpos) = k.split_once('\t').expect("joined above");
            let upos_guess = if xpos.starts_with("NNP") { "PROPN" } else { "" };
            if best != default_lemma(form, upos_guess) {
                lookup.insert(k, best);
            }
        }
        let mut rules = HashMap::new();
        for (k, c) in rule_counts {
            let n: u32 = c.values().sum();
            let (best, bn) = c.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).expect("non-empty");
            if n >= 3 && bn * 10 >= n * 6 && best != (0, String::new()) {
                rules.insert(k, best);
            }
        }
        Lemmatizer { lookup, rules }
    }

    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        if let Some(l) = self.lookup.get(&format!("{form}\t{xpos}")) {
            return l.clone();
        }
        if upos == "PROPN" {
            return form.to_string();
        }
        let lower = form.to_lowercase();
        if let Some(l) = self.lookup.get(&format!("{lower}\t{xpos}")) {
            return l.clone();
        }
        let chars: Vec<char> = lower.chars().collect();
        for k in (1..=4.min(chars.len())).rev() {
            let suf: String = chars[chars.len() - k..].iter().collect();
            if let Some((strip, add)) = self.rules.get(&format!("{xpos}\t{suf}")) {
                if (*strip as usize) < chars.len() {
                    let mut s: String = chars[..chars.len() - *strip as usize].iter().collect();
                    s.push_str(add);
                    return s;
                }
            }
        }
        lower
    }

    pub fn write(&self, w: &mut Writer) {
        let mut l: Vec<_> = self.lookup.iter().collect();
        l.sort();
        w.varint(l.len() as u64);
        for (k, v) in l {
            w.str(k);
            w.str(v);
        }
        let mut r: Vec<_> = self.rules.iter().collect();
        r.sort();
        w.varint(r.len() as u64);
        for (k, (n, a)) in r {
            w.str(k);
            w.varint(*n as u64);
            w.str(a);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Self, NlpError> {
        let n = r.varint()? as usize;
        let mut lookup = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            lookup.insert(k, r.str()?);
        }
        let n = r.varint()? as usize;
        let mut rules = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            let strip = r.varint()? as u8;
            rules.insert(k, (strip, r.str()?));
        }
        Ok(Lemmatizer { lookup, rules })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::conllu::parse;

    #[test]
    fn learns_suffix_rules_and_lookups() {
        let mut text = String::new();
        for (f, l, x) in [("flies", "fly", "NNS"), ("cities", "city", "NNS"), ("parties", "party", "NNS"), ("was", "be", "VBD"), ("dogs", "dog", "NNS")] {
            text.push_str(&format!("1\t{f}\t{l}\tNOUN\t{x}\t_\t0\troot\t_\t_\n\n"));
        }
        let lem = Lemmatizer::train(&parse(&text, "t").unwrap());
        assert_eq!(lem.lemma("ladies", "NOUN", "NNS"), "lady");
        assert_eq!(lem.lemma("was", "AUX", "VBD"), "be");
        assert_eq!(lem.lemma("Astana", "PROPN", "NNP"), "Astana");
    }
}
