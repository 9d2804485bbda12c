//! Scoring pieces shared by the outside checks (examples/conll04.rs, examples/redocred.rs):
//! both score predicted facts against gold relations by exact spans, one to one, and report
//! P/R/F1. Kept here so the two checks count in the same way; it is included with
//! `#[path]` because examples cannot share a module otherwise without entering the library.

#![allow(dead_code)]

/// Gold, predicted and correct counts of one relation type (or of all of them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
    pub fn precision(&self) -> f64 {
        self.as_eval().precision()
    }
    pub fn recall(&self) -> f64 {
        self.as_eval().recall()
    }
    pub fn f1(&self) -> f64 {
        self.as_eval().f1()
    }
    /// The same counts as the product's own scorer keeps them, whose P/R/F1 these are.
    fn as_eval(&self) -> factgraph::eval::Counts {
        factgraph::eval::Counts { tp: self.correct, fp: self.predicted - self.correct, fn_: self.gold - self.correct }
    }
}

/// The micro-average counts: every type's counts added.
pub fn total<'a>(counts: impl IntoIterator<Item = &'a Counts>) -> Counts {
    let mut all = Counts::default();
    for c in counts {
        all.add(*c);
    }
    all
}

/// The header of a counts table, its first column `width` wide.
pub fn print_header(first: &str, width: usize) {
    println!("{first:<width$} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}", "gold", "pred", "corr", "P", "R", "F1");
}

/// One row of a counts table: counts, then P/R/F1 in percent.
pub fn print_row(name: &str, width: usize, c: &Counts) {
    println!(
        "{name:<width$} {:>5} {:>5} {:>5}  {:>6.2} {:>6.2} {:>6.2}",
        c.gold,
        c.predicted,
        c.correct,
        100.0 * c.precision(),
        100.0 * c.recall(),
        100.0 * c.f1()
    )
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Maximum one-to-one matching of gold items to predictions (Kuhn's augmenting paths; a
/// sentence or a Wikipedia intro holds few enough of each). `edges[g]` lists the predictions
/// that may match gold item `g`. Returns, per gold item, the prediction it took.
pub fn one_to_one(edges: &[Vec<usize>], predictions: usize) -> Vec<Option<usize>> {
    let mut owner: Vec<Option<usize>> = vec![None; predictions];
    fn augment(g: usize, edges: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
        for &p in &edges[g] {
            if !seen[p] {
                seen[p] = true;
                if owner[p].is_none_or(|other| augment(other, edges, owner, seen)) {
                    owner[p] = Some(g);
                    return true;
                }
            }
        }
        false
    }
    for g in 0..edges.len() {
        augment(g, edges, &mut owner, &mut vec![false; predictions]);
    }
    let mut taken = vec![None; edges.len()];
    for (p, g) in owner.iter().enumerate() {
        if let Some(g) = g {
            taken[*g] = Some(p);
        }
    }
    taken
}

/// Why a gold relation was missed, judged from what the extractor made of its two entities.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MissCause {
    /// No extracted mention overlaps the gold mention ("head Loc": role and gold type).
    EntityNotFound(String),
    /// Some mention overlaps the gold mention, none equals it.
    Boundary(String),
    /// A mention has the exact span, but its entity has another kind ("Org as Place").
    WrongType(String),
    /// Both entities found exactly with the right kinds; no fact links them.
    NoRelation(&'static str),
}

impl std::fmt::Display for MissCause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissCause::EntityNotFound(t) => write!(f, "entity not found ({t})"),
            MissCause::Boundary(t) => write!(f, "entity boundary ({t})"),
            MissCause::WrongType(t) => write!(f, "entity type {t}"),
            MissCause::NoRelation(p) => write!(f, "no relation, pattern {p}"),
        }
    }
}
