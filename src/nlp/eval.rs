//! Scores against gold data: tagging accuracy (UPOS, XPOS, lemma), attachment scores (UAS,
//! LAS as in the CoNLL 2018 shared task: universal relation without subtype, and the full
//! label too) and exact-span entity micro-F1 (seqeval/CoNLL style).

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
