//! Part-of-speech tagging (UPOS and XPOS as one joint tag) with a greedy left-to-right
//! averaged perceptron, in the style of Collins (2002) / Honnibal's "PoS tagger in 200
//! lines": affix, shape and context-word features plus the two previous predicted tags.
//! Frequent unambiguous words are tagged from a dictionary learned from the training data.

use super::conllu::Sentence;
use super::features::Tok;
use super::lemma::Lemmatizer;
use super::model::{Reader, Writer};
use super::perceptron::{argmax, FeatureHasher as H, Rng, Trainer, Weights};
use super::NlpError;
use std::collections::HashMap;

pub struct Tagger {
    /// Joint tags "UPOS\tXPOS".
    pub tags: Vec<String>,
    weights: Weights,
    /// Normalised word -> tag index, for frequent words that (almost) always take one tag.
    dict: HashMap<String, u16>,
    /// Normalised word -> its ambiguity class (tags it takes >= 5% of the time), for words
    /// seen at least 3 times: a look-ahead feature that needs no decoding of the right context.
    amb: HashMap<String, String>,
    pub lemmatizer: Lemmatizer,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TaggerConfig {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        TaggerConfig { epochs: 10, seed: 1, prune: 0.05 }
    }
}

fn features(toks: &[Tok], amb: &HashMap<String, String>, i: usize, p1: &str, p2: &str, out: &mut Vec<u64>) {
    out.clear();
    let cls = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= toks.len() {
            return "-PAD-";
        }
        amb.get(&toks[j as usize].norm).map_or("-UNK-", |s| s.as_str())
    };
    let (a0, a1, a2) = (cls(0), cls(1), cls(2));
    let (pad_s, pad_e): (&Tok, &Tok) = (&super::features::PAD_START, &super::features::PAD_END);
    let at = |k: isize| -> &Tok {
        let j = i as isize + k;
        if j < 0 {
            pad_s
        } else if j as usize >= toks.len() {
            pad_e
        } else {
            &toks[j as usize]
        }
    };
    let (w, wm1, wm2, wp1, wp2) = (at(0), at(-1), at(-2), at(1), at(2));
    let mut f = |h: H| out.push(h.finish());
    f(H::new(0));
    f(H::new(1).str(&w.norm));
    for k in 0..4 {
        f(H::new(2 + k as u32).str(&w.suffix[k]));
    }
    for k in 0..3 {
        f(H::new(6 + k as u32).str(&w.prefix[k]));
    }
    f(H::new(9).str(&w.shape));
    f(H::new(10).str(p1));
    f(H::new(11).str(p1).str(p2));
    f(H::new(12).str(p1).str(&w.norm));
    f(H::new(13).str(&wm1.norm));
    f(H::new(14).str(&wm1.suffix[2]));
    f(H::new(15).str(&wm2.norm));
    f(H::new(16).str(&wp1.norm));
    f(H::new(17).str(&wp1.suffix[2]));
    f(H::new(18).str(&wp2.norm));
    f(H::new(19).str(&wp1.shape));
    f(H::new(20).str(&wm1.norm).str(&w.norm));
    f(H::new(21).str(&w.norm).str(&wp1.norm));
    f(H::new(22).str(p2));
    f(H::new(23).num(w.upper_initial as u64).num(i.min(1) as u64));
    f(H::new(24).num(w.has_hyphen as u64).num(w.has_digit as u64).num(w.all_upper as u64));
    f(H::new(25).str(p1).str(&wp1.norm));
    f(H::new(26).str(&w.form));
    f(H::new(27).str(&wp1.suffix[1]).str(&w.suffix[2]));
    f(H::new(28).str(a0));
    f(H::new(29).str(a1));
    f(H::new(30).str(a0).str(a1));
    f(H::new(31).str(p1).str(a1));
    f(H::new(32).str(a1).str(a2));
    f(H::new(33).str(p1).str(a0).str(a1));
}

impl Tagger {
    /// Trains on gold-tagged sentences.
    pub fn train(data: &[Sentence], cfg: &TaggerConfig, mut log: impl FnMut(&str)) -> Tagger {
        let mut tag_index: HashMap<String, u16> = HashMap::new();
        let mut tags: Vec<String> = Vec::new();
        let mut counts: HashMap<String, HashMap<u16, u32>> = HashMap::new();
        let mut examples: Vec<(Vec<Tok>, Vec<u16>)> = Vec::with_capacity(data.len());
        for s in data {
            let toks: Vec<Tok> = s.words.iter().map(|w| Tok::new(&w.form)).collect();
            let gold: Vec<u16> = s
                .words
                .iter()
                .map(|w| {
                    let t = format!("{}\t{}", w.upos, w.xpos);
                    *tag_index.entry(t.clone()).or_insert_with(|| {
                        tags.push(t);
                        (tags.len() - 1) as u16
                    })
                })
                .collect();
            for (t, g) in toks.iter().zip(&gold) {
                *counts.entry(t.norm.clone()).or_default().entry(*g).or_default() += 1;
            }
            examples.push((toks, gold));
        }
        // Dictionary: words seen >= 20 times with one tag >= 99.5% of the time.
        let mut dict = HashMap::new();
        for (w, c) in &counts {
            let n: u32 = c.values().sum();
            let (best, bn) = c.iter().max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t))).expect("non-empty");
            if n >= 20 && *bn as f32 / n as f32 >= 0.995 {
                dict.insert(w.clone(), *best);
            }
        }
        let mut amb = HashMap::new();
        for (w, c) in &counts {
            let n: u32 = c.values().sum();
            if n >= 3 {
                let mut cls: Vec<u16> = c.iter().filter(|(_, k)| **k * 20 >= n).map(|(t, _)| *t).collect();
                cls.sort();
                amb.insert(w.clone(), cls.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(","));
            }
        }
        let mut trainer = Trainer::new(tags.len());
        let mut rng = Rng::new(cfg.seed);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        for epoch in 0..cfg.epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &k in &order {
                let (toks, gold) = &examples[k];
                let mut prev: Vec<u16> = Vec::with_capacity(toks.len());
                for i in 0..toks.len() {
                    let guess = if let Some(&t) = dict.get(&toks[i].norm) {
                        t
                    } else {
                        let p1 = prev.last().map_or("-START-", |&t| tags[t as usize].as_str());
                        let p2 = if i >= 2 { tags[prev[i - 2] as usize].as_str() } else { "-START2-" };
                        features(toks, &amb, i, p1, p2, &mut feats);
                        trainer.scores(&feats, &mut scores);
                        let g = argmax(&scores, |_| true).expect("tags") as u16;
                        trainer.update(&feats, gold[i] as usize, g as usize);
                        trainer.tick();
                        g
                    };
                    right += (guess == gold[i]) as usize;
                    total += 1;
                    prev.push(guess);
                }
            }
            log(&format!("tagger epoch {}: train accuracy {:.2}%", epoch + 1, 100.0 * right as f64 / total.max(1) as f64));
        }
        let weights = trainer.finish(cfg.prune);
        let lemmatizer = Lemmatizer::train(data);
        Tagger { tags, weights, dict, amb, lemmatizer }
    }

    /// Tags (joint indices) for a sentence's forms.
    pub fn predict(&self, toks: &[Tok]) -> Vec<u16> {
        let mut feats = Vec::with_capacity(32);
        let mut scores = Vec::new();
        let mut prev: Vec<u16> = Vec::with_capacity(toks.len());
        for i in 0..toks.len() {
            let t = if let Some(&t) = self.dict.get(&toks[i].norm) {
                t
            } else {
                let p1 = prev.last().map_or("-START-", |&t| self.tags[t as usize].as_str());
                let p2 = if i >= 2 { self.tags[prev[i - 2] as usize].as_str() } else { "-START2-" };
                features(toks, &self.amb, i, p1, p2, &mut feats);
                self.weights.scores(&feats, &mut scores);
                argmax(&scores, |_| true).expect("tags") as u16
            };
            prev.push(t);
        }
        prev
    }

    /// Fills UPOS, XPOS and LEMMA of every word.
    pub fn tag(&self, s: &mut Sentence) {
        let toks: Vec<Tok> = s.words.iter().map(|w| Tok::new(&w.form)).collect();
        let tags = self.predict(&toks);
        for (w, t) in s.words.iter_mut().zip(tags) {
            let (u, x) = self.tags[t as usize].split_once('\t').unwrap_or(("X", "_"));
            w.upos = u.to_string();
            w.xpos = x.to_string();
            w.lemma = self.lemmatizer.lemma(&w.form, &w.upos, &w.xpos);
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.str("tagger");
        w.strs(&self.tags);
        let mut dict: Vec<(&String, &u16)> = self.dict.iter().collect();
        dict.sort();
        w.varint(dict.len() as u64);
        for (k, v) in dict {
            w.str(k);
            w.varint(*v as u64);
        }
        let mut amb: Vec<(&String, &String)> = self.amb.iter().collect();
        amb.sort();
        w.varint(amb.len() as u64);
        for (k, v) in amb {
            w.str(k);
            w.str(v);
        }
        self.weights.write(w);
        self.lemmatizer.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Self, NlpError> {
        r.expect_str("tagger")?;
        let tags = r.strs()?;
        let n = r.varint()? as usize;
        let mut dict = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            let v = r.varint()? as u16;
            dict.insert(k, v);
        }
        let n = r.varint()? as usize;
        let mut amb = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            amb.insert(k, r.str()?);
        }
        let weights = Weights::read(r)?;
        let lemmatizer = Lemmatizer::read(r)?;
        Ok(Tagger { tags, weights, dict, amb, lemmatizer })
    }

    pub fn size(&self) -> (usize, usize) {
        self.weights.size()
    }
}
