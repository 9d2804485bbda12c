//! What the learned pair models share: a candidate pair of entities with its features, and
//! a logistic model over those features. The rules read the constructions they were
//! written for; after them, the pairs they left without a fact are scored by models trained
//! on the project's probe articles (`cargo run --release --example pairs`), one per
//! predicate: who took part in an event (participants.rs), and facts between two names
//! such as where a body is (named_pairs.rs). Each file under data/models/pairs/ holds
//! `weight<TAB>feature` lines; an empty file adds nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::Predicate;
use crate::document::Span;

/// The roles of a person or body in an event.
pub(super) const ROLES: [Predicate; 3] = [Predicate::Organizer, Predicate::Sponsor, Predicate::Participant];

/// The predicates a model reads between two names (named_pairs.rs), in the order they run.
pub const LEARNED_PAIRS: [Predicate; 2] = [Predicate::LocatedIn, Predicate::PartOf];

/// data/models/pairs/PREDICATE.tsv for every predicate with a model.
const MODELS: [(Predicate, &str); 3] = [
    (Predicate::Participant, include_str!("../../../data/models/pairs/participant.tsv")),
    (Predicate::LocatedIn, include_str!("../../../data/models/pairs/locatedIn.tsv")),
    (Predicate::PartOf, include_str!("../../../data/models/pairs/partOf.tsv")),
];

/// A pair of entities the rules left without `predicate`, and what the text says about it.
/// Indices are into the entity list the relations were found over.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub predicate: Predicate,
    pub subject: usize,
    pub object: usize,
    pub features: Vec<String>,
    /// The words a fact made from the pair points to.
    pub evidence: Span,
}

/// Weights of a logistic model over string features, and the probability above which a
/// pair is written as a fact.
#[derive(Debug, Clone, Default)]
pub struct PairModel {
    weights: HashMap<String, f32>,
    bias: f32,
    pub threshold: f32,
}

impl PairModel {
    /// Reads `weight<TAB>feature` lines; `#` starts a comment; the features `__bias__` and
    /// `__threshold__` carry the intercept and the decision threshold.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut model = PairModel { threshold: 1.1, ..Default::default() };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (w, f) = line.split_once('\t').ok_or_else(|| format!("line {}: expected weight<TAB>feature", i + 1))?;
            let w: f32 = w.parse().map_err(|e| format!("line {}: weight {w:?}: {e}", i + 1))?;
            match f {
                "__bias__" => model.bias = w,
                "__threshold__" => model.threshold = w,
                _ => {
                    model.weights.insert(f.to_string(), w);
                }
            }
        }
        Ok(model)
    }

    /// The committed model for a predicate, if there is one (an empty file gives a model
    /// that adds nothing).
    pub fn bundled(predicate: Predicate) -> Option<&'static PairModel> {
        static LOADED: OnceLock<Vec<(Predicate, PairModel)>> = OnceLock::new();
        let models = LOADED.get_or_init(|| {
            MODELS
                .iter()
                .map(|(p, text)| (*p, PairModel::parse(text).unwrap_or_else(|e| panic!("reading data/models/pairs/{}.tsv: {e}", p.local_name()))))
                .collect()
        });
        models.iter().find(|(p, _)| *p == predicate).map(|(_, m)| m)
    }

    pub fn probability(&self, features: &[String]) -> f32 {
        let z: f32 = self.bias + features.iter().filter_map(|f| self.weights.get(f)).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::PairModel;
    use crate::extract::Predicate;

    #[test]
    fn reads_weights_bias_and_threshold() {
        let model = PairModel::parse("# comment\n0.6\t__threshold__\n-1.0\t__bias__\n2.0\tverb=attend\n").unwrap();
        assert_eq!(model.threshold, 0.6);
        let with = model.probability(&["verb=attend".to_string(), "unseen".to_string()]);
        let without = model.probability(&[]);
        assert!((with - 1.0 / (1.0 + (-1.0f32).exp())).abs() < 1e-6);
        assert!((without - 1.0 / (1.0 + 1.0f32.exp())).abs() < 1e-6);
    }

    #[test]
    fn names_the_line_of_a_bad_weight() {
        let err = PairModel::parse("0.5\t__threshold__\nheavy\tverb=attend\n").unwrap_err();
        assert!(err.starts_with("line 2: weight \"heavy\""), "{err}");
        assert!(PairModel::parse("0.5 no tab\n").unwrap_err().starts_with("line 1"));
    }

    #[test]
    fn an_empty_model_adds_nothing() {
        let model = PairModel::parse("").unwrap();
        assert!(model.is_empty());
        assert!(model.threshold > 1.0);
    }

    #[test]
    fn the_bundled_model_loads() {
        let model = PairModel::bundled(Predicate::Participant).unwrap();
        assert!(!model.is_empty());
        assert!(model.threshold > 0.0 && model.threshold < 1.0);
    }
}
