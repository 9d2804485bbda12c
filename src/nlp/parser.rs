//! Dependency parsing: a greedy arc-hybrid transition system (Kuhlmann et al. 2011) scored by
//! an averaged perceptron and trained with the dynamic oracle of Goldberg & Nivre (2013),
//! exploring its own mistakes after the first epoch. Features follow Zhang & Nivre (2011):
//! words and tags of the stack and buffer heads, their outermost children and labels,
//! distance and valency. Non-projective training trees are skipped (the oracle assumes
//! projectivity); at prediction time every word gets exactly one head and one root.

use super::conllu::Sentence;
use super::model::{Reader, Writer};
use super::perceptron::{argmax, FeatureHasher as H, Rng, Trainer, Weights};
use super::NlpError;

pub struct Parser {
    pub labels: Vec<String>,
    weights: Weights,
}

#[derive(Debug, Clone)]
pub struct ParserConfig {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Probability of following the model's own (possibly wrong) action after epoch 1.
    pub explore: f64,
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig { epochs: 15, seed: 1, prune: 0.05, explore: 0.9 }
    }
}

const NONE: usize = usize::MAX;

/// Per-word hashes used by the templates (index 0 is the root).
struct Words {
    w: Vec<u64>,
    t: Vec<u64>,
}

impl Words {
    fn new(s: &Sentence) -> Self {
        let mut w = vec![H::new(900).str("-ROOT-").finish()];
        let mut t = vec![H::new(901).str("-ROOT-").finish()];
        for x in &s.words {
            let tok = super::features::Tok::new(&x.form);
            w.push(H::new(900).str(&tok.norm).finish());
            t.push(H::new(901).str(&x.xpos).finish());
        }
        Words { w, t }
    }
}

struct State {
    n: usize,
    stack: Vec<usize>,
    /// Next buffer word (1-based); the buffer is b..=n.
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

impl State {
    fn new(n: usize) -> Self {
        State {
            n,
            stack: vec![0],
            b: 1,
            heads: vec![NONE; n + 1],
            labels: vec![0; n + 1],
            l1: vec![NONE; n + 1],
            l2: vec![NONE; n + 1],
            r1: vec![NONE; n + 1],
            r2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }
    fn done(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }
    fn s(&self, k: usize) -> usize {
        if self.stack.len() > k { self.stack[self.stack.len() - 1 - k] } else { NONE }
    }
    fn buf(&self, k: usize) -> usize {
        if self.b + k <= self.n { self.b + k } else { NONE }
    }
    fn valid(&self, kind: u8) -> bool {
        match kind {
            0 => self.b <= self.n,
            1 => self.stack.len() >= 2 && self.b <= self.n,
            _ => self.stack.len() >= 2 && (self.s(1) != 0 || self.b > self.n),
        }
    }
    fn attach(&mut self, head: usize, dep: usize, label: u16) {
        self.heads[dep] = head;
        self.labels[dep] = label;
        if dep < head {
            self.nl[head] = self.nl[head].saturating_add(1);
            if self.l1[head] == NONE || dep < self.l1[head] {
                self.l2[head] = self.l1[head];
                self.l1[head] = dep;
            } else if self.l2[head] == NONE || dep < self.l2[head] {
                self.l2[head] = dep;
            }
        } else {
            self.nr[head] = self.nr[head].saturating_add(1);
            if self.r1[head] == NONE || dep > self.r1[head] {
                self.r2[head] = self.r1[head];
                self.r1[head] = dep;
            } else if self.r2[head] == NONE || dep > self.r2[head] {
                self.r2[head] = dep;
            }
        }
    }
    fn apply(&mut self, kind: u8, label: u16) {
        match kind {
            0 => {
                self.stack.push(self.b);
                self.b += 1;
            }
            1 => {
                let s0 = self.stack.pop().expect("valid");
                self.attach(self.b, s0, label);
            }
            _ => {
                let s0 = self.stack.pop().expect("valid");
                let s1 = *self.stack.last().expect("valid");
                self.attach(s1, s0, label);
            }
        }
    }
    /// Structural cost of each transition kind under the gold heads (Goldberg & Nivre 2013).
    fn costs(&self, gold: &[usize]) -> [usize; 3] {
        let mut c = [0usize; 3];
        let s0 = self.s(0);
        let s1 = self.s(1);
        let in_buf = |x: usize| x != NONE && x >= self.b && x <= self.n;
        if self.b <= self.n {
            let b0 = self.b;
            let deps_in_stack = self.stack.iter().filter(|&&d| d != 0 && gold[d] == b0).count();
            let head_in_stack = self.stack.iter().any(|&h| h == gold[b0] && h != s0);
            c[0] = deps_in_stack + head_in_stack as usize;
        }
        if s0 != NONE && s0 != 0 {
            let deps_in_buf = (self.b..=self.n).filter(|&d| gold[d] == s0).count();
            c[1] = deps_in_buf + ((s1 != NONE && gold[s0] == s1) || (in_buf(gold[s0]) && gold[s0] != self.b)) as usize;
            c[2] = deps_in_buf + in_buf(gold[s0]) as usize;
        }
        c
    }

    fn features(&self, w: &Words, out: &mut Vec<u64>) {
        out.clear();
        const NW: u64 = 0x51;
        const NT: u64 = 0x52;
        let word = |i: usize| if i == NONE { NW } else { w.w[i] };
        let tag = |i: usize| if i == NONE { NT } else { w.t[i] };
        let lab = |i: usize| if i == NONE { 0x53 } else { self.labels[i] as u64 + 1 };
        let ch = |i: usize, v: &Vec<usize>| if i == NONE { NONE } else { v[i] };
        let (s0, s1, s2, b0, b1, b2) = (self.s(0), self.s(1), self.s(2), self.buf(0), self.buf(1), self.buf(2));
        let (s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t, b2w, b2t, s2t) =
            (word(s0), tag(s0), word(s1), tag(s1), word(b0), tag(b0), word(b1), tag(b1), word(b2), tag(b2), tag(s2));
        let (s0l1, s0r1, s0l2, s0r2) = (ch(s0, &self.l1), ch(s0, &self.r1), ch(s0, &self.l2), ch(s0, &self.r2));
        let (s1l1, s1r1, b0l1, b0l2) = (ch(s1, &self.l1), ch(s1, &self.r1), ch(b0, &self.l1), ch(b0, &self.l2));
        let dist = if s0 != NONE && b0 != NONE { (b0 - s0).min(5) as u64 } else { 0 };
        let dist1 = if s0 != NONE && s1 != NONE && s1 != 0 { (s0 - s1).min(5) as u64 } else { 0 };
        let vl = |i: usize| if i == NONE { 9 } else { self.nl[i].min(4) as u64 };
        let vr = |i: usize| if i == NONE { 9 } else { self.nr[i].min(4) as u64 };
        let mut t = 0u32;
        let mut f = |parts: &[u64]| {
            t += 1;
            let mut h = H::new(t);
            for &p in parts {
                h = h.num(p);
            }
            out.push(h.finish());
        };
        f(&[]);
        // Unigrams.
        f(&[s0w]); f(&[s0t]); f(&[s0w, s0t]);
        f(&[s1w]); f(&[s1t]); f(&[s1w, s1t]);
        f(&[b0w]); f(&[b0t]); f(&[b0w, b0t]);
        f(&[b1w]); f(&[b1t]); f(&[b1w, b1t]);
        f(&[b2w]); f(&[b2t]); f(&[s2t]);
        // Pairs.
        f(&[s0w, s0t, b0w, b0t]); f(&[s0w, s0t, b0w]); f(&[s0w, b0w, b0t]);
        f(&[s0w, s0t, b0t]); f(&[s0t, b0w, b0t]); f(&[s0w, b0w]); f(&[s0t, b0t]);
        f(&[b0t, b1t]); f(&[s1w, s0w]); f(&[s1t, s0t]); f(&[s1w, s1t, s0w, s0t]);
        f(&[s1w, s0t]); f(&[s1t, s0w]);
        // Triples of tags.
        f(&[b0t, b1t, b2t]); f(&[s0t, b0t, b1t]); f(&[s1t, s0t, b0t]); f(&[s2t, s1t, s0t]);
        f(&[s0t, tag(s0l1), b0t]); f(&[s0t, tag(s0r1), b0t]); f(&[s0t, b0t, tag(b0l1)]);
        f(&[s1t, s0t, tag(s0l1)]); f(&[s1t, s0t, tag(s0r1)]); f(&[s1t, tag(s1r1), s0t]); f(&[s1t, tag(s1l1), s0t]);
        // Distance.
        f(&[s0w, dist]); f(&[s0t, dist]); f(&[b0w, dist]); f(&[b0t, dist]); f(&[s0w, b0w, dist]); f(&[s0t, b0t, dist]);
        f(&[s1t, s0t, dist1]); f(&[s1w, s0w, dist1]);
        // Valency.
        f(&[s0w, vr(s0)]); f(&[s0t, vr(s0)]); f(&[s0w, vl(s0)]); f(&[s0t, vl(s0)]);
        f(&[b0w, vl(b0)]); f(&[b0t, vl(b0)]); f(&[s1t, vr(s1)]); f(&[s1t, vl(s1)]);
        // Children.
        f(&[word(s0l1)]); f(&[tag(s0l1)]); f(&[lab(s0l1)]);
        f(&[word(s0r1)]); f(&[tag(s0r1)]); f(&[lab(s0r1)]);
        f(&[word(b0l1)]); f(&[tag(b0l1)]); f(&[lab(b0l1)]);
        f(&[word(s1r1)]); f(&[tag(s1r1)]); f(&[lab(s1r1)]);
        f(&[tag(s1l1)]); f(&[lab(s1l1)]);
        f(&[tag(s0l2)]); f(&[lab(s0l2)]); f(&[tag(s0r2)]); f(&[lab(s0r2)]); f(&[tag(b0l2)]); f(&[lab(b0l2)]);
        f(&[s0t, tag(s0l1), tag(s0l2)]); f(&[s0t, tag(s0r1), tag(s0r2)]); f(&[b0t, tag(b0l1), tag(b0l2)]);
        f(&[s0t, lab(s0l1), lab(s0r1)]); f(&[s1t, lab(s1l1), lab(s1r1)]); f(&[b0t, lab(b0l1)]);
        f(&[s0w, lab(s0l1), lab(s0r1)]);
        // Second-order word combinations around the two candidate arcs (s1-s0, s0-b0).
        f(&[b0w, b1w]); f(&[b0w, b1t]); f(&[b0t, b1w]); f(&[s1w, b0w]); f(&[s1t, b0t]);
        f(&[s1w, s0w, b0t]); f(&[s1t, s0w, b0w]); f(&[s1w, s0t, b0w]); f(&[s0w, b0t, b1t]); f(&[s0t, b0w, b1t]);
        f(&[s0t, b0t, b1t, b2t]); f(&[s1t, s0t, b0t, b1t]);
        f(&[word(s2), s2t]); f(&[s2t, s1t, b0t]);
    }
}

/// Class layout: 0 = SHIFT, 1..=L = LEFT(label), L+1..=2L = RIGHT(label).
fn decode(class: usize, nl: usize) -> (u8, u16) {
    if class == 0 {
        (0, 0)
    } else if class <= nl {
        (1, (class - 1) as u16)
    } else {
        (2, (class - 1 - nl) as u16)
    }
}

/// True when no two arcs of the tree cross (heads 1-based, 0 = root).
pub fn is_projective(heads: &[usize]) -> bool {
    let n = heads.len();
    for d in 1..=n {
        let h = heads[d - 1];
        let (a, b) = if h < d { (h, d) } else { (d, h) };
        for d2 in (a + 1)..b {
            let h2 = heads[d2 - 1];
            if h2 < a || h2 > b {
                return false;
            }
        }
    }
    true
}

impl Parser {
    /// Trains on sentences with heads and labels; their XPOS tags are the features, so give
    /// predicted tags (as at run time) for the best results.
    pub fn train(data: &[Sentence], cfg: &ParserConfig, mut log: impl FnMut(&str)) -> Result<Parser, NlpError> {
        let mut labels: Vec<String> = Vec::new();
        for s in data {
            for w in &s.words {
                if !labels.contains(&w.deprel) {
                    labels.push(w.deprel.clone());
                }
            }
        }
        labels.sort();
        let nl = labels.len();
        if nl == 0 {
            return Err(NlpError::Train { model: "parser".into(), reason: "no dependency labels in the training data".into() });
        }
        let mut examples = Vec::new();
        let mut skipped = 0;
        for s in data {
            let heads: Vec<usize> = s.words.iter().map(|w| w.head).collect();
            if heads.iter().any(|&h| h > heads.len()) || heads.iter().filter(|&&h| h == 0).count() != 1 || !is_projective(&heads) {
                skipped += 1;
                continue;
            }
            let mut gold = vec![0usize];
            gold.extend(&heads);
            let mut gl = vec![0u16];
            gl.extend(s.words.iter().map(|w| labels.binary_search(&w.deprel).expect("collected") as u16));
            examples.push((Words::new(s), gold, gl));
        }
        log(&format!("parser: {} training sentences, {skipped} non-projective or malformed skipped, {nl} labels", examples.len()));
        let mut trainer = Trainer::new(1 + 2 * nl);
        let mut rng = Rng::new(cfg.seed);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        for epoch in 0..cfg.epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &k in &order {
                let (words, gold, gl) = &examples[k];
                let n = gold.len() - 1;
                let mut st = State::new(n);
                while !st.done() {
                    st.features(words, &mut feats);
                    trainer.scores(&feats, &mut scores);
                    let costs = st.costs(gold);
                    let s0 = st.s(0);
                    let s1 = st.s(1);
                    let cost = |c: usize| {
                        let (kind, lab) = decode(c, nl);
                        let mut x = costs[kind as usize];
                        if kind == 1 && gold[s0] == st.b && gl[s0] != lab {
                            x += 1;
                        }
                        if kind == 2 && gold[s0] == s1 && gl[s0] != lab {
                            x += 1;
                        }
                        x
                    };
                    let valid = |c: usize| st.valid(decode(c, nl).0);
                    let guess = argmax(&scores, valid).expect("a valid transition");
                    let min_cost = (0..scores.len()).filter(|&c| valid(c)).map(cost).min().expect("valid");
                    let best = argmax(&scores, |c| valid(c) && cost(c) == min_cost).expect("valid");
                    if cost(guess) > min_cost {
                        trainer.update(&feats, best, guess);
                    }
                    trainer.tick();
                    let follow = if epoch > 0 && rng.below(1_000_000) < (cfg.explore * 1e6) as usize { guess } else { best };
                    let (kind, lab) = decode(follow, nl);
                    st.apply(kind, lab);
                }
                right += (1..=n).filter(|&d| st.heads[d] == gold[d]).count();
                total += n;
            }
            log(&format!("parser epoch {}: train UAS {:.2}%", epoch + 1, 100.0 * right as f64 / total.max(1) as f64));
        }
        Ok(Parser { labels, weights: trainer.finish(cfg.prune) })
    }

    /// Fills HEAD and DEPREL of every word (XPOS must be set).
    pub fn parse(&self, s: &mut Sentence) {
        let n = s.words.len();
        if n == 0 {
            return;
        }
        let nl = self.labels.len();
        let words = Words::new(s);
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(96);
        let mut scores = Vec::new();
        while !st.done() {
            st.features(&words, &mut feats);
            self.weights.scores(&feats, &mut scores);
            let c = argmax(&scores, |c| st.valid(decode(c, nl).0)).expect("a valid transition");
            let (kind, lab) = decode(c, nl);
            st.apply(kind, lab);
        }
        for (i, w) in s.words.iter_mut().enumerate() {
            let h = st.heads[i + 1];
            w.head = if h == NONE { 0 } else { h };
            w.deprel = if h == 0 { "root".to_string() } else { self.labels[st.labels[i + 1] as usize].clone() };
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.str("parser");
        w.strs(&self.labels);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Self, NlpError> {
        r.expect_str("parser")?;
        let labels = r.strs()?;
        let weights = Weights::read(r)?;
        if weights.n_classes != 1 + 2 * labels.len() {
            return Err(r.corrupt("class count does not match the labels"));
        }
        Ok(Parser { labels, weights })
    }

    pub fn size(&self) -> (usize, usize) {
        self.weights.size()
    }

    /// See [`Weights::reprune`].
    pub fn reprune(&mut self, min_abs: i16) {
        self.weights.reprune(min_abs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectivity() {
        assert!(is_projective(&[2, 0, 2]));
        assert!(!is_projective(&[3, 4, 0, 3]));
    }

    #[test]
    fn zero_cost_path_rebuilds_the_gold_tree() {
        // "the dog barked loudly ." : heads 2 3 0 3 3
        let gold = [0usize, 2, 3, 0, 3, 3];
        let mut st = State::new(5);
        while !st.done() {
            let c = st.costs(&gold);
            let kind = (0u8..3).find(|&k| st.valid(k) && c[k as usize] == 0).expect("a zero-cost move");
            st.apply(kind, 0);
        }
        assert_eq!(&st.heads[1..], &gold[1..]);
    }
}
