//! Dependency parsing: a greedy arc-hybrid transition system (Kuhlmann et al. 2011) scored by
//! an averaged perceptron and trained with the dynamic oracle of Goldberg & Nivre (2013),
//! exploring its own mistakes after the first epoch. Features follow Zhang & Nivre (2011):
//! words and tags of the stack and buffer heads, their outermost children and labels,
//! distance and valency. The oracle assumes projective trees, so non-projective training
//! trees are first lifted (Nivre & Nilsson 2005, without encoding the lift in the labels):
//! the parser still learns every other arc of them; at prediction time every word gets
//! exactly one head and one root. Optionally (`ParserConfig::beam` > 1) the same features
//! are trained globally and decoded with a beam instead (Zhang & Nivre 2011): about a point
//! of LAS more for several times the parsing time (data/models/MODELS.md, parser.bin).

use super::conllu::Sentence;
use super::model::{Reader, Writer};
use super::perceptron::{argmax, FeatureHasher as H, Rng, Trainer, Weights};
use super::NlpError;

pub struct Parser {
    pub labels: Vec<String>,
    weights: Weights,
    /// Beam width the model was trained for; 1 = greedy.
    pub beam: usize,
    /// While decoding with a beam, hypotheses scoring more than this below the best are
    /// dropped (quantised score units, see [`BEAM_MARGIN`]); 0 keeps the full width.
    pub margin: f32,
}

/// The default [`Parser::margin`]: a hypothesis this far behind the best one (about one
/// largest weight; weights are quantised to ±2,047) rarely wins. On EWT dev with the committed
/// model: margin 0 (full beam of 4) LAS 83.18, 3.8 hypotheses a step; 4,000: 83.18; 3,000: 83.14;
/// 2,000: 83.10, 2.6 hypotheses, parsing about a quarter faster; 1,500: 82.90; 1,000: 82.58.
pub const BEAM_MARGIN: f32 = 2000.0;

#[derive(Debug, Clone)]
pub struct ParserConfig {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Probability of following the model's own (possibly wrong) action after epoch 1.
    pub explore: f64,
    /// Beam width: 1 trains the greedy parser with the dynamic oracle; more trains globally
    /// (Zhang & Nivre 2011) with max-violation updates (Huang et al. 2012) and decodes with
    /// the same beam, since a greedy-trained model does not gain from a beam.
    pub beam: usize,
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig { epochs: 15, seed: 1, prune: 0.05, explore: 0.9, beam: 1 }
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
            w.push(H::new(900).str(&super::features::norm(&x.form)).finish());
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

/// By hand, so that `clone_from` reuses the vectors: the beam copies every hypothesis at
/// every step, and allocating fresh vectors cost about 6% of annotation time (perf).
impl Clone for State {
    fn clone(&self) -> Self {
        let mut st = State::new(0);
        st.clone_from(self);
        st
    }
    fn clone_from(&mut self, o: &Self) {
        self.n = o.n;
        self.b = o.b;
        self.stack.clone_from(&o.stack);
        self.heads.clone_from(&o.heads);
        self.labels.clone_from(&o.labels);
        self.l1.clone_from(&o.l1);
        self.l2.clone_from(&o.l2);
        self.r1.clone_from(&o.r1);
        self.r2.clone_from(&o.r2);
        self.nl.clone_from(&o.nl);
        self.nr.clone_from(&o.nr);
    }
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

/// One partial parse on the beam.
struct Hyp {
    st: State,
    score: f32,
    /// Last transition in the training history (NONE before the first).
    node: usize,
    /// True while every transition so far is the oracle's.
    gold: bool,
}

/// The `width` best one-transition extensions of `beam` as (score, hypothesis, class), best
/// first; `scores[i]` are hypothesis i's class scores. Ties go to the earlier hypothesis and
/// the lower class, so decoding is deterministic.
fn best_extensions(beam: &[Hyp], scores: &[Vec<f32>], nl: usize, width: usize, out: &mut Vec<(f32, usize, usize)>) {
    let order = |a: &(f32, usize, usize), b: &(f32, usize, usize)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2));
    out.clear();
    for (i, h) in beam.iter().enumerate() {
        // Only a hypothesis's own `width` best can be among the overall `width` best, so
        // each keeps a small sorted list instead of offering all of its classes.
        let ok = [h.st.valid(0), h.st.valid(1), h.st.valid(2)];
        let first = out.len();
        for (c, &s) in scores[i].iter().enumerate() {
            let total = h.score + s;
            // Most classes score below the list's last entry: reject them before anything else.
            if out.len() - first == width && total < out[out.len() - 1].0 {
                continue;
            }
            if !ok[decode(c, nl).0 as usize] {
                continue;
            }
            let cand = (total, i, c);
            let mine = &out[first..];
            if mine.len() == width && order(&cand, &mine[width - 1]).is_ge() {
                continue;
            }
            let at = first + mine.partition_point(|x| order(x, &cand).is_le());
            if mine.len() == width {
                out.pop();
            }
            out.insert(at, cand);
        }
    }
    out.sort_by(order);
    out.truncate(width);
}

/// Makes `next` the extensions `cands` of `beam` (each a hypothesis index and a class),
/// reusing the states already in `next`; `each` sees every new hypothesis with the index of
/// the one it extends and its class.
fn extend_beam(beam: &[Hyp], cands: &[(f32, usize, usize)], nl: usize, next: &mut Vec<Hyp>, mut each: impl FnMut(&mut Hyp, usize, usize)) {
    next.truncate(cands.len());
    for (j, &(score, i, c)) in cands.iter().enumerate() {
        if j == next.len() {
            next.push(Hyp { st: beam[i].st.clone(), score, node: beam[i].node, gold: beam[i].gold });
        } else {
            let h = &mut next[j];
            h.st.clone_from(&beam[i].st);
            (h.score, h.node, h.gold) = (score, beam[i].node, beam[i].gold);
        }
        let h = &mut next[j];
        let (kind, lab) = decode(c, nl);
        h.st.apply(kind, lab);
        each(h, i, c);
    }
}

/// The static oracle's transitions (classes) for a projective gold tree: reduce as soon as
/// that loses no gold arc, else shift. One fixed sequence, so beam training has one target.
fn oracle_sequence(gold: &[usize], gl: &[u16], nl: usize) -> Vec<usize> {
    let mut st = State::new(gold.len() - 1);
    let mut seq = Vec::with_capacity(2 * gold.len());
    while !st.done() {
        let c = st.costs(gold);
        let kind = [1u8, 2, 0].into_iter().find(|&k| st.valid(k) && c[k as usize] == 0).unwrap_or(0);
        let label = if kind == 0 { 0 } else { gl[st.s(0)] };
        seq.push(match kind {
            0 => 0,
            1 => 1 + label as usize,
            _ => 1 + nl + label as usize,
        });
        st.apply(kind, label);
    }
    seq
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

/// True when `h` is `d`'s ancestor (heads 1-based, 0 = root). Bounded by the sentence
/// length so a cyclic (malformed) tree cannot loop forever.
fn dominates(heads: &[usize], h: usize, d: usize) -> bool {
    let mut x = d;
    for _ in 0..=heads.len() {
        if x == h {
            return true;
        }
        if x == 0 {
            return false;
        }
        x = heads[x - 1];
    }
    false
}

/// Pseudo-projective lifting (Nivre & Nilsson 2005, the baseline encoding: labels kept):
/// while some arc h -> d spans a word that h does not dominate, the shortest such arc is
/// re-attached to h's own head. Every lift shortens d's path to the root, so it ends with
/// a projective tree; arcs that were never non-projective keep their heads. Returns the
/// number of lifts.
pub fn projectivize(heads: &mut [usize]) -> usize {
    let mut lifts = 0;
    loop {
        let mut shortest: Option<(usize, usize)> = None;
        for d in 1..=heads.len() {
            let h = heads[d - 1];
            if h == 0 {
                continue;
            }
            let (a, b) = if h < d { (h, d) } else { (d, h) };
            let span = b - a;
            if shortest.is_some_and(|(_, s)| s <= span) {
                continue;
            }
            if ((a + 1)..b).any(|x| !dominates(heads, h, x)) {
                shortest = Some((d, span));
            }
        }
        let Some((d, _)) = shortest else { return lifts };
        let h = heads[d - 1];
        heads[d - 1] = heads[h - 1];
        lifts += 1;
    }
}

/// One sentence of global training: beam search under the current weights beside the oracle
/// sequence; at the step where the best hypothesis outscores the oracle prefix by most (the
/// maximal violation), the oracle prefix's transitions are rewarded and the best prefix's
/// penalised. Returns the heads of the final best parse (index 0 = root).
fn train_beam(trainer: &mut Trainer, words: &Words, gold: &[usize], gl: &[u16], nl: usize, width: usize, updates: &mut usize) -> Vec<usize> {
    let n = gold.len() - 1;
    let seq = oracle_sequence(gold, gl, nl);
    let mut feats = Vec::with_capacity(96);
    // Features of every expanded state, in fixed-size chunks; history nodes point into it.
    let mut store: Vec<u64> = Vec::new();
    let mut nodes: Vec<(usize, usize, usize)> = Vec::new(); // (parent node, class, chunk)
    let mut gold_chunks = Vec::with_capacity(seq.len());
    let mut gold_st = State::new(n);
    let mut gold_score = 0f32;
    let mut beam = vec![Hyp { st: State::new(n), score: 0.0, node: NONE, gold: true }];
    let mut next = Vec::with_capacity(width);
    let mut scores = vec![Vec::new(); width];
    let mut sc = Vec::new();
    let mut chunk_of = vec![0usize; width];
    let mut cands = Vec::new();
    let mut worst: Option<(f32, usize, usize)> = None; // (violation, step, node)
    let mut nf = 0;
    for (t, &g) in seq.iter().enumerate() {
        gold_st.features(words, &mut feats);
        nf = feats.len();
        gold_chunks.push(store.len() / nf);
        store.extend_from_slice(&feats);
        trainer.scores(&feats, &mut sc);
        gold_score += sc[g];
        let (kind, lab) = decode(g, nl);
        gold_st.apply(kind, lab);
        for (i, h) in beam.iter().enumerate() {
            h.st.features(words, &mut feats);
            chunk_of[i] = store.len() / nf;
            store.extend_from_slice(&feats);
            trainer.scores(&feats, &mut scores[i]);
        }
        best_extensions(&beam, &scores, nl, width, &mut cands);
        extend_beam(&beam, &cands, nl, &mut next, |h, i, c| {
            h.gold = h.gold && c == g;
            nodes.push((h.node, c, chunk_of[i]));
            h.node = nodes.len() - 1;
        });
        std::mem::swap(&mut beam, &mut next);
        if !beam[0].gold {
            let v = beam[0].score - gold_score;
            if worst.is_none_or(|w| v > w.0) {
                worst = Some((v, t, beam[0].node));
            }
        }
    }
    if let Some((_, t, mut node)) = worst {
        let mut pred = Vec::with_capacity(t + 1);
        while node != NONE {
            let (parent, class, chunk) = nodes[node];
            pred.push((class, chunk));
            node = parent;
        }
        pred.reverse();
        // Up to the first difference both sequences share states and features: skip them.
        let first = (0..=t).find(|&k| pred[k].0 != seq[k]).unwrap_or(t + 1);
        for k in first..=t {
            let (gc, pc) = (gold_chunks[k], pred[k].1);
            trainer.add(&store[gc * nf..(gc + 1) * nf], seq[k], 1.0);
            trainer.add(&store[pc * nf..(pc + 1) * nf], pred[k].0, -1.0);
        }
        *updates += 1;
    }
    trainer.tick();
    let mut heads = beam.swap_remove(0).st.heads;
    heads[0] = 0;
    heads
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
        let (mut skipped, mut lifted, mut lifts) = (0, 0, 0);
        for s in data {
            let mut heads: Vec<usize> = s.words.iter().map(|w| w.head).collect();
            if heads.iter().any(|&h| h > heads.len()) || heads.iter().filter(|&&h| h == 0).count() != 1 || (1..=heads.len()).any(|d| !dominates(&heads, 0, d)) {
                skipped += 1;
                continue;
            }
            if !is_projective(&heads) {
                lifted += 1;
                lifts += projectivize(&mut heads);
            }
            let mut gold = vec![0usize];
            gold.extend(&heads);
            let mut gl = vec![0u16];
            gl.extend(s.words.iter().map(|w| labels.binary_search(&w.deprel).expect("collected") as u16));
            examples.push((Words::new(s), gold, gl));
        }
        log(&format!("parser: {} training sentences, {lifted} non-projective lifted ({lifts} arcs), {skipped} malformed skipped, {nl} labels", examples.len()));
        let mut trainer = Trainer::new(1 + 2 * nl);
        let mut rng = Rng::new(cfg.seed);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        if cfg.beam > 1 {
            for epoch in 0..cfg.epochs {
                rng.shuffle(&mut order);
                let (mut right, mut total, mut updates) = (0usize, 0usize, 0usize);
                for &k in &order {
                    let (words, gold, gl) = &examples[k];
                    let heads = train_beam(&mut trainer, words, gold, gl, nl, cfg.beam, &mut updates);
                    right += (1..gold.len()).filter(|&d| heads[d] == gold[d]).count();
                    total += gold.len() - 1;
                }
                log(&format!("parser epoch {} (beam {}): train UAS {:.2}%, {updates} updates", epoch + 1, cfg.beam, 100.0 * right as f64 / total.max(1) as f64));
            }
            return Ok(Parser { labels, weights: trainer.finish(cfg.prune), beam: cfg.beam, margin: BEAM_MARGIN });
        }
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
        Ok(Parser { labels, weights: trainer.finish(cfg.prune), beam: 1, margin: BEAM_MARGIN })
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
        if self.beam > 1 {
            st = self.parse_beam(&words, n, &mut feats);
        }
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

    /// Beam search over complete transition sequences (all have 2n steps, so the beam stays
    /// in step), keeping at each step the best `beam` extensions that score within `margin` of
    /// the best; returns the final state of the best one.
    fn parse_beam(&self, words: &Words, n: usize, feats: &mut Vec<u64>) -> State {
        let nl = self.labels.len();
        let mut beam = vec![Hyp { st: State::new(n), score: 0.0, node: NONE, gold: false }];
        let mut next = Vec::with_capacity(self.beam);
        let mut scores = vec![Vec::new(); self.beam];
        let mut cands = Vec::new();
        while !beam[0].st.done() {
            for (i, h) in beam.iter().enumerate() {
                h.st.features(words, feats);
                self.weights.scores(feats, &mut scores[i]);
            }
            best_extensions(&beam, &scores, nl, self.beam, &mut cands);
            if self.margin > 0.0 {
                let floor = cands[0].0 - self.margin;
                cands.retain(|c| c.0 >= floor);
            }
            extend_beam(&beam, &cands, nl, &mut next, |_, _, _| {});
            std::mem::swap(&mut beam, &mut next);
        }
        beam.swap_remove(0).st
    }

    /// Model files of greedy parsers start with "parser", beam ones with "parser-beam" and
    /// the width, so older files still load.
    pub fn write(&self, w: &mut Writer) {
        if self.beam > 1 {
            w.str("parser-beam");
            w.u32(self.beam as u32);
        } else {
            w.str("parser");
        }
        w.strs(&self.labels);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Self, NlpError> {
        let beam = match r.str()?.as_str() {
            "parser" => 1,
            "parser-beam" => (r.u32()? as usize).max(1),
            other => return Err(r.corrupt(&format!("expected a parser model, found {other:?}"))),
        };
        let labels = r.strs()?;
        let weights = Weights::read(r)?;
        if weights.n_classes != 1 + 2 * labels.len() {
            return Err(r.corrupt("class count does not match the labels"));
        }
        Ok(Parser { labels, weights, beam, margin: BEAM_MARGIN })
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
    fn lifting_makes_a_tree_projective_and_keeps_the_other_arcs() {
        // "A hearing is scheduled on the issue today" (heads 2 4 4 0 2 7 5 4): "on" (5)
        // hangs from "hearing" (2) across "is", which "hearing" does not dominate.
        let gold = [2usize, 4, 4, 0, 2, 7, 5, 4];
        assert!(!is_projective(&gold));
        let mut heads = gold;
        assert_eq!(projectivize(&mut heads), 1);
        assert!(is_projective(&heads));
        // "on" is lifted to its head's head ("scheduled"); every other arc is unchanged.
        assert_eq!(heads[4], 4);
        for d in (0..8).filter(|&d| d != 4) {
            assert_eq!(heads[d], gold[d], "word {}", d + 1);
        }
        // A projective tree is left alone.
        let mut p = [2usize, 0, 2];
        assert_eq!(projectivize(&mut p), 0);
        assert_eq!(p, [2, 0, 2]);
        // Nested crossings need several lifts and still end projective.
        let mut h = [3usize, 4, 0, 3, 1, 2];
        assert!(!is_projective(&h));
        assert_eq!(projectivize(&mut h), 3);
        assert!(is_projective(&h));
        assert_eq!(h, [3, 3, 0, 3, 3, 3]);
        assert_eq!(h.iter().filter(|&&x| x == 0).count(), 1);
    }

    #[test]
    fn oracle_sequence_rebuilds_the_labelled_tree() {
        let gold = [0usize, 2, 3, 0, 3, 3];
        let gl = [0u16, 1, 2, 0, 3, 4];
        let nl = 5;
        let seq = oracle_sequence(&gold, &gl, nl);
        assert_eq!(seq.len(), 10);
        let mut st = State::new(5);
        for &c in &seq {
            let (kind, lab) = decode(c, nl);
            assert!(st.valid(kind));
            st.apply(kind, lab);
        }
        assert!(st.done());
        assert_eq!(&st.heads[1..], &gold[1..]);
        assert_eq!(&st.labels[1..4], &gl[1..4]);
    }

    #[test]
    fn beam_training_learns_a_tiny_treebank() {
        // Two tag patterns, each with one tree; after a few epochs the beam parser must
        // reproduce both exactly (a broken update rule leaves errors).
        let mk = |forms: &[&str], tags: &[&str], heads: &[usize], rels: &[&str]| {
            let mut s = Sentence::from_forms(forms);
            for (i, w) in s.words.iter_mut().enumerate() {
                w.xpos = tags[i].into();
                w.head = heads[i];
                w.deprel = rels[i].into();
            }
            s
        };
        let a = mk(&["the", "dog", "barked"], &["DT", "NN", "VBD"], &[2, 3, 0], &["det", "nsubj", "root"]);
        let b = mk(&["eat", "red", "apples", "now"], &["VB", "JJ", "NNS", "RB"], &[0, 3, 1, 1], &["root", "amod", "obj", "advmod"]);
        let data = vec![a.clone(), b.clone()];
        let cfg = ParserConfig { epochs: 10, seed: 1, prune: 0.0, explore: 0.0, beam: 4 };
        let p = Parser::train(&data, &cfg, |_| {}).expect("trains");
        assert_eq!(p.beam, 4);
        for g in [a, b] {
            let mut s = g.clone();
            for w in &mut s.words {
                w.head = 99;
                w.deprel.clear();
            }
            p.parse(&mut s);
            for (x, y) in s.words.iter().zip(&g.words) {
                assert_eq!((x.head, &x.deprel), (y.head, &y.deprel), "{}", x.form);
            }
        }
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
