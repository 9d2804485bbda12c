//! Named-entity recognition (PER, ORG, LOC as BIO tags) with an averaged perceptron, left to
//! right, greedy or with a beam over label sequences (the width is stored in the model).
//! Features: the word and its neighbours, shape, affixes, the part-of-speech tags from the
//! tagger, the two previous entity tags, matches against the project's gazetteer
//! (`link::Gazetteer::bundled()`) and town list, so known places and organisations are
//! recognised even when the training data never saw them, and census name ranks and Brown
//! clusters (`lists::WordLists`), which place unseen words near seen ones.

use super::conllu::Sentence;
use super::features::Tok;
use super::model::{Reader, Writer};
use super::perceptron::{argmax, FeatureHasher as H, Rng, Trainer, Weights};
use super::NlpError;
use super::lists::{NameRank, WordLists};
use crate::link::gazetteer::{normalize_name, Gazetteer};
use crate::link::towns::Towns;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

pub struct Ner {
    weights: Weights,
    /// Decoding beam width (1 = greedy), stored in the model file.
    beam: usize,
    /// Normalised word -> how often it is capitalised away from the sentence start in the
    /// training text (1 rarely, 2 sometimes, 3 mostly): tells names written in lower case
    /// ("tampa bay") and capitalised common words apart.
    caps: HashMap<String, u8>,
}

fn caps_table(data: &[(Sentence, Vec<String>)]) -> HashMap<String, u8> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for (s, _) in data {
        for w in s.words.iter().skip(1) {
            if !w.form.chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let c = counts.entry(w.form.to_lowercase()).or_default();
            c.0 += 1;
            c.1 += w.form.chars().next().is_some_and(char::is_uppercase) as u32;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(w, (n, up))| {
            let r = up as f32 / n as f32;
            (w, if r < 0.3 { 1 } else if r < 0.7 { 2 } else { 3 })
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct NerConfig {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Beam width for training and decoding; 1 = greedy.
    pub beam: usize,
}

impl Default for NerConfig {
    fn default() -> Self {
        NerConfig { epochs: 12, seed: 1, prune: 0.05, beam: 1 }
    }
}

/// Gazetteer names, normalised, with 1 = place and 2 = organisation; and their first words.
struct GazIndex {
    names: HashMap<String, u8>,
    first: HashSet<String>,
}

fn gaz_index() -> &'static GazIndex {
    static INDEX: OnceLock<GazIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut names: HashMap<String, u8> = HashMap::new();
        let mut first = HashSet::new();
        for e in Gazetteer::bundled().entries() {
            let bit = if e.is_place() { 1 } else { 2 };
            for n in e.names() {
                let key = normalize_name(n);
                if key.is_empty() {
                    continue;
                }
                if let Some(w) = key.split(' ').next() {
                    first.insert(w.to_string());
                }
                *names.entry(key).or_default() |= bit;
            }
        }
        // The town list's names are marked apart: it is larger and less checked than the
        // gazetteer, so the recognizer learns its own trust in it.
        for t in Towns::bundled().iter() {
            let key = normalize_name(&t.name);
            if key.is_empty() {
                continue;
            }
            if let Some(w) = key.split(' ').next() {
                first.insert(w.to_string());
            }
            *names.entry(key).or_default() |= 4;
        }
        GazIndex { names, first }
    })
}

/// Per token: gazetteer class bits and position (0 none, 1 begin, 2 inside) of the longest
/// gazetteer name covering it.
fn gazetteer_tags(forms: &[&str]) -> Vec<(u8, u8)> {
    let g = gaz_index();
    let mut out = vec![(0u8, 0u8); forms.len()];
    let mut i = 0;
    while i < forms.len() {
        let mut matched = 0;
        if forms[i].chars().next().is_some_and(|c| c.is_uppercase()) && g.first.contains(&normalize_name(forms[i])) {
            let mut joined = String::new();
            for j in i..forms.len().min(i + 6) {
                if j > i {
                    joined.push(' ');
                }
                joined.push_str(forms[j]);
                if let Some(&bits) = g.names.get(&normalize_name(&joined)) {
                    matched = j + 1 - i;
                    for (k, o) in out[i..=j].iter_mut().enumerate() {
                        *o = (bits, if k == 0 { 1 } else { 2 });
                    }
                }
            }
        }
        i += matched.max(1);
    }
    out
}

struct Ctx {
    toks: Vec<Tok>,
    pos: Vec<String>,
    gaz: Vec<(u8, u8)>,
    caps: Vec<u8>,
    /// Census given-name and surname ranks (see `lists::NameRank`).
    names: Vec<NameRank>,
    /// Brown cluster bits (0 none).
    clusters: Vec<u32>,
    /// 0 mixed case, 1 no capitals at all, 2 mostly capitalised words (headline or shouting).
    casing: u8,
}

impl Ctx {
    fn new(s: &Sentence, caps: &HashMap<String, u8>) -> Self {
        let forms = s.forms();
        let lists = WordLists::bundled();
        let lower: Vec<String> = forms.iter().map(|f| f.to_lowercase()).collect();
        let alpha: Vec<&&str> = forms.iter().filter(|f| f.chars().next().is_some_and(char::is_alphabetic)).collect();
        let upper = alpha.iter().filter(|f| f.chars().next().is_some_and(char::is_uppercase)).count();
        let casing = if upper == 0 { 1 } else if alpha.len() >= 4 && upper * 10 >= alpha.len() * 7 { 2 } else { 0 };
        Ctx {
            toks: forms.iter().map(|f| Tok::new(f)).collect(),
            pos: s.words.iter().map(|w| w.upos.clone()).collect(),
            gaz: gazetteer_tags(&forms),
            caps: lower.iter().map(|l| caps.get(l).copied().unwrap_or(0)).collect(),
            clusters: forms.iter().zip(&lower).map(|(f, l)| lists.cluster(f, l)).collect(),
            names: lower.iter().map(|l| lists.name_rank(l)).collect(),
            casing,
        }
    }
}

/// Every feature of word `i` given the two previous labels: the word's own (the same for
/// every hypothesis) followed by those of the label history.
fn features(c: &Ctx, i: usize, p1: usize, p2: usize, out: &mut Vec<u64>) {
    word_features(c, i, out);
    history_features(c, i, p1, p2, out);
}

/// The word at `i` (the padding tokens outside the sentence), its tag and gazetteer mark.
fn at(c: &Ctx, i: usize, k: isize) -> (&Tok, &str, (u8, u8)) {
    let j = i as isize + k;
    if j < 0 {
        (&super::features::PAD_START, "-S-", (0, 0))
    } else if j as usize >= c.toks.len() {
        (&super::features::PAD_END, "-E-", (0, 0))
    } else {
        let j = j as usize;
        (&c.toks[j], c.pos[j].as_str(), c.gaz[j])
    }
}

/// How often the word at `i + k` is capitalised in the training text (9 outside the sentence).
fn cap(c: &Ctx, i: usize, k: isize) -> u64 {
    let j = i as isize + k;
    if j < 0 || j as usize >= c.caps.len() { 9 } else { c.caps[j as usize] as u64 }
}

/// The features that do not read the label history: one set per word, so the beam scores
/// them once per word instead of once per hypothesis.
fn word_features(c: &Ctx, i: usize, out: &mut Vec<u64>) {
    out.clear();
    let (w, wt, wg) = at(c, i, 0);
    let (m1, m1t, m1g) = at(c, i, -1);
    let (m2, _, _) = at(c, i, -2);
    let (p1w, p1t, p1g) = at(c, i, 1);
    let (p2w, p2t, _) = at(c, i, 2);
    let mut f = |h: H| out.push(h.finish());
    f(H::new(0));
    f(H::new(1).str(&w.norm));
    f(H::new(2).str(&w.form));
    f(H::new(3).str(&w.shape));
    for k in 0..4 {
        f(H::new(4 + k as u32).str(&w.suffix[k]));
    }
    for k in 0..3 {
        f(H::new(8 + k as u32).str(&w.prefix[k]));
    }
    f(H::new(11).str(wt));
    f(H::new(12).str(&m1.norm));
    f(H::new(13).str(&p1w.norm));
    f(H::new(14).str(&m2.norm));
    f(H::new(15).str(&p2w.norm));
    f(H::new(16).str(m1t).str(wt));
    f(H::new(17).str(wt).str(p1t));
    f(H::new(18).str(&m1.shape).str(&w.shape));
    f(H::new(19).str(&w.shape).str(&p1w.shape));
    f(H::new(25).num(wg.0 as u64).num(wg.1 as u64));
    f(H::new(27).num(m1g.0 as u64).num(p1g.0 as u64).num(wg.0 as u64));
    f(H::new(28).str(&m1.norm).str(&w.norm));
    f(H::new(29).str(&w.norm).str(&p1w.norm));
    f(H::new(30).num(w.upper_initial as u64).num(i.min(1) as u64).str(wt));
    f(H::new(31).str(&m1.form).str(&w.shape));
    f(H::new(32).str(&p1w.form).str(&w.shape));
    f(H::new(33).str(p2t).str(p1t).str(wt));
    f(H::new(34).num(w.all_upper as u64).num(w.norm.len().min(6) as u64));
    f(H::new(35).num(cap(c, i, 0)).num(c.casing as u64));
    f(H::new(36).num(cap(c, i, 0)).str(&w.shape).num(c.casing as u64));
    f(H::new(37).num(cap(c, i, -1)).num(cap(c, i, 0)).num(cap(c, i, 1)));
    f(H::new(39).num(c.casing as u64).str(&w.norm));
    // Brown clusters: prefixes of the path (the low bits) generalise over related words.
    let cl = |k: isize| {
        let j = i as isize + k;
        if j < 0 || j as usize >= c.clusters.len() { u32::MAX } else { c.clusters[j as usize] }
    };
    let (cm1, c0, cp1) = (cl(-1), cl(0), cl(1));
    let prefix = |x: u32, k: u32| if x == u32::MAX { x } else { x & ((1 << k) - 1) };
    f(H::new(44).num(prefix(c0, 4) as u64));
    f(H::new(45).num(prefix(c0, 8) as u64));
    f(H::new(46).num(prefix(c0, 12) as u64));
    f(H::new(47).num(c0 as u64));
    f(H::new(48).num(cm1 as u64));
    f(H::new(49).num(cp1 as u64));
    f(H::new(50).num(prefix(cm1, 6) as u64).num(prefix(c0, 6) as u64));
    f(H::new(51).num(prefix(c0, 6) as u64).num(prefix(cp1, 6) as u64));
    f(H::new(52).num(c0 as u64).num(w.upper_initial as u64));
    // Census names: a given name before a surname is the commonest shape of a person's name.
    let nm = |k: isize| {
        let j = i as isize + k;
        if j < 0 || j as usize >= c.names.len() { NameRank { first: 9, last: 9 } } else { c.names[j as usize] }
    };
    let (nm1, n0, np1) = (nm(-1), nm(0), nm(1));
    f(H::new(40).num(n0.first as u64).num(n0.last as u64).num(w.upper_initial as u64));
    f(H::new(41).num(nm1.first as u64).num(n0.last as u64).num(w.upper_initial as u64).num(m1.upper_initial as u64));
    f(H::new(42).num(n0.first as u64).num(np1.last as u64).num(w.upper_initial as u64).num(p1w.upper_initial as u64));
}

/// The features that read the two previous labels `p1` and `p2`, appended to `out`.
fn history_features(c: &Ctx, i: usize, p1: usize, p2: usize, out: &mut Vec<u64>) {
    let (w, wt, wg) = at(c, i, 0);
    let mut f = |h: H| out.push(h.finish());
    f(H::new(20).num(p1 as u64));
    f(H::new(21).num(p1 as u64).num(p2 as u64));
    f(H::new(22).num(p1 as u64).str(&w.norm));
    f(H::new(23).num(p1 as u64).str(&w.shape));
    f(H::new(24).num(p1 as u64).str(wt));
    f(H::new(26).num(wg.0 as u64).num(wg.1 as u64).num(p1 as u64));
    f(H::new(38).num(cap(c, i, 0)).str(wt).num(p1 as u64));
}

/// May `label` follow `prev`? (I-X only continues B-X or I-X.)
fn allowed(prev: usize, label: usize) -> bool {
    if label == 0 || label % 2 == 1 {
        return true;
    }
    prev == label || prev == label - 1
}

/// The label history features read: the labels of the two previous words (0 = O before
/// the sentence).
fn history(labels: &[usize]) -> (usize, usize) {
    let n = labels.len();
    (if n >= 1 { labels[n - 1] } else { 0 }, if n >= 2 { labels[n - 2] } else { 0 })
}

/// Beam search over label sequences; `step` sees, after each word, the beam (best first) as
/// (score, labels). Ties go to the earlier hypothesis and the lower label.
fn beam_search(
    ctx: &Ctx,
    n: usize,
    width: usize,
    score: impl Fn(&[u64], &mut Vec<f32>),
    mut step: impl FnMut(&[(f32, Vec<usize>)]),
) -> Vec<usize> {
    let mut beam: Vec<(f32, Vec<usize>)> = vec![(0.0, Vec::new())];
    let (mut feats, mut word_scores, mut scores) = (Vec::with_capacity(40), Vec::new(), Vec::new());
    let mut cands: Vec<(f32, usize, usize)> = Vec::new();
    // Scores are sums over features, so a word's own features are scored once and every
    // hypothesis adds those of its label history; hypotheses with the same history share them.
    let mut by_history: Vec<((usize, usize), Vec<f32>)> = Vec::new();
    for i in 0..n {
        cands.clear();
        word_features(ctx, i, &mut feats);
        score(&feats, &mut word_scores);
        by_history.clear();
        for (b, (sc, labels)) in beam.iter().enumerate() {
            let (p1, p2) = history(labels);
            let k = match by_history.iter().position(|(h, _)| *h == (p1, p2)) {
                Some(k) => k,
                None => {
                    feats.clear();
                    history_features(ctx, i, p1, p2, &mut feats);
                    score(&feats, &mut scores);
                    by_history.push(((p1, p2), scores.iter().zip(&word_scores).map(|(a, b)| a + b).collect()));
                    by_history.len() - 1
                }
            };
            cands.extend(by_history[k].1.iter().enumerate().filter(|&(l, _)| allowed(p1, l)).map(|(l, &x)| (sc + x, b, l)));
        }
        cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        cands.truncate(width);
        beam = cands
            .iter()
            .map(|&(sc, b, l)| {
                let mut labels = Vec::with_capacity(n);
                labels.extend_from_slice(&beam[b].1);
                labels.push(l);
                (sc, labels)
            })
            .collect();
        step(&beam);
    }
    beam.swap_remove(0).1
}

/// One sentence of global training (as the parser's): beam search beside the gold sequence;
/// at the step where the best hypothesis outscores the gold prefix by most, the gold prefix's
/// labels are rewarded and the best prefix's penalised. Returns whether it updated.
fn train_beam(trainer: &mut Trainer, ctx: &Ctx, gold: &[usize], width: usize) -> bool {
    let n = gold.len();
    let mut feats = Vec::with_capacity(40);
    let mut sc = Vec::new();
    // Gold prefix scores under the current weights.
    let mut gold_scores = Vec::with_capacity(n);
    let mut total = 0f32;
    for i in 0..n {
        let (p1, p2) = history(&gold[..i]);
        features(ctx, i, p1, p2, &mut feats);
        trainer.scores(&feats, &mut sc);
        total += sc[gold[i]];
        gold_scores.push(total);
    }
    let mut worst: Option<(f32, Vec<usize>)> = None;
    let mut i = 0;
    beam_search(ctx, n, width, |f, out| trainer.scores(f, out), |beam| {
        let (best, labels) = &beam[0];
        if labels[..] != gold[..=i] {
            let v = best - gold_scores[i];
            if worst.as_ref().is_none_or(|w| v > w.0) {
                worst = Some((v, labels.clone()));
            }
        }
        i += 1;
    });
    let updated = if let Some((_, pred)) = worst {
        let first = (0..pred.len()).find(|&k| pred[k] != gold[k]).unwrap_or(pred.len());
        for k in first..pred.len() {
            let (p1, p2) = history(&gold[..k]);
            features(ctx, k, p1, p2, &mut feats);
            trainer.add(&feats, gold[k], 1.0);
            let (p1, p2) = history(&pred[..k]);
            features(ctx, k, p1, p2, &mut feats);
            trainer.add(&feats, pred[k], -1.0);
        }
        true
    } else {
        false
    };
    trainer.tick();
    updated
}

impl Ner {
    /// Trains on sentences with UPOS set and gold BIO labels (parallel to the words).
    pub fn train(data: &[(Sentence, Vec<String>)], cfg: &NerConfig, mut log: impl FnMut(&str)) -> Ner {
        let caps = caps_table(data);
        let examples: Vec<(Ctx, Vec<usize>)> = data
            .iter()
            .map(|(s, labels)| {
                let gold = labels.iter().map(|l| LABELS.iter().position(|x| x == l).unwrap_or(0)).collect();
                (Ctx::new(s, &caps), gold)
            })
            .collect();
        let mut trainer = Trainer::new(LABELS.len());
        let mut rng = Rng::new(cfg.seed);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        if cfg.beam > 1 {
            for epoch in 0..cfg.epochs {
                rng.shuffle(&mut order);
                let mut updates = 0usize;
                for &k in &order {
                    let (ctx, gold) = &examples[k];
                    updates += train_beam(&mut trainer, ctx, gold, cfg.beam) as usize;
                }
                log(&format!("ner epoch {}: {updates} sentences updated (beam {})", epoch + 1, cfg.beam));
            }
            return Ner { weights: trainer.finish(cfg.prune), caps, beam: cfg.beam };
        }
        for epoch in 0..cfg.epochs {
            rng.shuffle(&mut order);
            let mut wrong = 0usize;
            for &k in &order {
                let (ctx, gold) = &examples[k];
                let (mut p1, mut p2) = (0usize, 0usize);
                for (i, &gi) in gold.iter().enumerate() {
                    features(ctx, i, p1, p2, &mut feats);
                    trainer.scores(&feats, &mut scores);
                    let g = argmax(&scores, |l| allowed(p1, l)).expect("O is allowed");
                    let target = if allowed(p1, gi) { gi } else { gi - 1 };
                    trainer.update(&feats, target, g);
                    trainer.tick();
                    wrong += (g != gi) as usize;
                    p2 = p1;
                    p1 = g;
                }
            }
            log(&format!("ner epoch {}: {wrong} token errors on train", epoch + 1));
        }
        Ner { weights: trainer.finish(cfg.prune), caps, beam: 1 }
    }

    /// BIO labels for a sentence (UPOS should be set). A greedy model is a beam of one.
    pub fn predict(&self, s: &Sentence) -> Vec<&'static str> {
        let ctx = Ctx::new(s, &self.caps);
        let labels = beam_search(&ctx, s.words.len(), self.beam, |f, out| self.weights.scores(f, out), |_| {});
        labels.into_iter().map(|l| LABELS[l]).collect()
    }

    /// Model files start with "ner-lists" and the beam width (1 = greedy). Files of the
    /// features before the word lists ("ner", "ner-beam") are refused by `read`.
    pub fn write(&self, w: &mut Writer) {
        // "ner-lists": features read the word lists and the town list (since 2026-12-06).
        w.str("ner-lists");
        w.u32(self.beam as u32);
        let mut caps: Vec<(&String, &u8)> = self.caps.iter().collect();
        caps.sort();
        w.varint(caps.len() as u64);
        for (k, v) in caps {
            w.str(k);
            w.varint(*v as u64);
        }
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Self, NlpError> {
        let beam = match r.str()?.as_str() {
            "ner-lists" => (r.u32()? as usize).max(1),
            "ner" | "ner-beam" => {
                return Err(r.corrupt("an entity recognizer from before the word lists (its features differ): retrain it with `factgraph train ner`"))
            }
            other => return Err(r.corrupt(&format!("expected an entity recognizer, found {other:?}"))),
        };
        let n = r.varint()? as usize;
        let mut caps = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            caps.insert(k, r.varint()? as u8);
        }
        let weights = Weights::read(r)?;
        if weights.n_classes != LABELS.len() {
            return Err(r.corrupt("class count is not 7"));
        }
        Ok(Ner { weights, caps, beam })
    }

    pub fn size(&self) -> (usize, usize) {
        self.weights.size()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_marks_known_names() {
        let tags = gazetteer_tags(&["He", "flew", "to", "Astana", "."]);
        assert_eq!(tags[3].1, 1);
        assert_eq!(tags[0], (0, 0));
    }

    #[test]
    fn a_model_from_before_the_word_lists_is_refused_with_advice() {
        let mut w = Writer::new();
        w.str("ner-beam");
        w.u32(4);
        let bytes = w.into_bytes();
        let err = Ner::read(&mut Reader::new(&bytes, "ner.bin")).err().expect("refused").to_string();
        assert!(err.contains("retrain it with `factgraph train ner`"), "{err}");
    }

    #[test]
    fn bio_constraint() {
        assert!(allowed(1, 2));
        assert!(!allowed(0, 2));
        assert!(!allowed(3, 2));
        assert!(allowed(5, 0));
    }
}
