//! A learned second reading of facts between two names: where a body or place is
//! (`locatedIn`) and what a body is a unit of (`partOf`). The rules read "X in Y", "Y-based
//! X", "X, a unit of Y"; articles also say these by a dateline over a body's own news, a
//! name beside another in a clause the rules do not read, or a town in a body's name. Every
//! pair of the right types the rules left apart, named in one sentence (or, for a seat,
//! under the place's dateline), is described by features of both names and the parse
//! between them, and a logistic model per predicate (data/models/pairs/*.tsv) adds the
//! pairs it is confident of. (A model for `employer` gained too little, +0.1 point on held-out
//! probes, for the errors it made: "Acme Corp.'s largest shareholder, Rolf Sand".)

use std::collections::{BTreeSet, HashSet};

use super::super::mentions::is_provisional;
use super::super::{EntityType, Object, Predicate};
use super::learned::{Candidate, PairModel, ROLES};
use super::Relations;

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        _ => "11+",
    }
}

/// The facts the rules (not the learned models, which ran after the rules in training too)
/// state, indexed once per reading: the pair features ask about them for every pair of names,
/// and a scan of all facts for each question made that quadratic in the facts.
struct RuleFacts {
    between: HashSet<(usize, Predicate, usize)>,
    /// For each entity, the facts it is the subject of, with their entity objects.
    by_subject: Vec<Vec<(Predicate, Option<usize>)>>,
    /// For each entity, the facts it is the entity object of, with their subjects.
    by_object: Vec<Vec<(usize, Predicate)>>,
}

impl RuleFacts {
    fn new(relations: &Relations<'_, '_>) -> RuleFacts {
        let n = relations.entities.len();
        let mut facts = RuleFacts { between: HashSet::new(), by_subject: vec![Vec::new(); n], by_object: vec![Vec::new(); n] };
        for f in relations.facts.iter().filter(|f| !f.rule.starts_with("model:")) {
            let object = match f.object {
                Object::Entity(e) => Some(e),
                _ => None,
            };
            facts.by_subject[f.subject].push((f.predicate, object));
            if let Some(e) = object {
                facts.by_object[e].push((f.subject, f.predicate));
                facts.between.insert((f.subject, f.predicate, e));
            }
        }
        facts
    }

    fn has(&self, subject: usize, predicate: Predicate, object: usize) -> bool {
        self.between.contains(&(subject, predicate, object))
    }
}

impl Relations<'_, '_> {
    /// The subject and object types of the predicates read here.
    fn pair_types(predicate: Predicate) -> (&'static [EntityType], EntityType) {
        match predicate {
            Predicate::PartOf => (&[EntityType::Organization], EntityType::Organization),
            _ => (&[EntityType::Organization, EntityType::Place], EntityType::Place),
        }
    }

    /// Every pair of names of the predicate's types without that fact, named in one sentence
    /// (or under a place's dateline, for a seat), with its features.
    pub fn named_pair_candidates(&self, predicate: Predicate) -> Vec<Candidate> {
        let a = self.a;
        if a.tree.is_empty() {
            return Vec::new();
        }
        let (subject_kinds, object_kind) = Self::pair_types(predicate);
        let stated = |s: usize, o: usize| self.has_fact(s, predicate, o);
        let usable = |m: usize| a.mentions[m].span.start < self.contact_block;
        let mentions_of = |e: usize| -> Vec<usize> { a.order.iter().copied().filter(|&m| a.mentions[m].entity == Some(e) && usable(m)).collect() };
        let entity_mentions: Vec<Vec<usize>> = (0..self.entities.len()).map(mentions_of).collect();
        let objects: Vec<usize> = (0..self.entities.len()).filter(|&e| self.entities[e].kind == object_kind && !is_provisional(&self.entities[e].class) && !entity_mentions[e].is_empty()).collect();
        let rule_facts = RuleFacts::new(self);
        let mut out = Vec::new();
        for s in 0..self.entities.len() {
            let subject = &self.entities[s];
            if !subject_kinds.contains(&subject.kind) || is_provisional(&subject.class) || entity_mentions[s].is_empty() {
                continue;
            }
            for &o in &objects {
                if o == s || stated(s, o) || stated(o, s) {
                    continue;
                }
                let object = &self.entities[o];
                let dateline = predicate == Predicate::LocatedIn && entity_mentions[o].iter().any(|&m| a.mentions[m].in_dateline);
                // The closest pair of mentions in one sentence.
                let mut closest: Option<(usize, usize, usize)> = None;
                let mut shared = BTreeSet::new();
                for &ms in &entity_mentions[s] {
                    for &mo in &entity_mentions[o] {
                        let (x, y) = (&a.mentions[ms], &a.mentions[mo]);
                        if x.sentence != y.sentence || x.in_dateline || y.in_dateline {
                            continue;
                        }
                        shared.insert(x.sentence);
                        let gap = if x.tokens.end <= y.tokens.start { y.tokens.start - x.tokens.end } else { x.tokens.start.saturating_sub(y.tokens.end) };
                        if closest.is_none_or(|(_, _, g)| gap < g) {
                            closest = Some((ms, mo, gap));
                        }
                    }
                }
                if closest.is_none() && !dateline {
                    continue;
                }
                let mut features = BTreeSet::new();
                features.insert(format!("s-kind={:?}", subject.kind));
                features.insert(format!("s-class={}", subject.class));
                features.insert(format!("o-class={}", object.class));
                features.insert(format!("classes={}|{}", subject.class, object.class));
                features.insert(format!("objects={}", bucket(objects.len())));
                features.insert(format!("shared-sentences={}", bucket(shared.len())));
                let s_label = format!(" {} ", subject.label.to_lowercase());
                let o_label = object.label.to_lowercase();
                if let Some(at) = s_label.find(&format!(" {o_label} ")) {
                    let before = s_label[..at].split_whitespace().last().unwrap_or("none");
                    let before = if matches!(before, "in" | "of" | "for" | "at") { before } else { "other" };
                    features.insert(format!("o-in-name-after={before}"));
                }
                if dateline {
                    features.insert("o-dateline".to_string());
                    features.insert(format!("o-dateline|s-class={}", subject.class));
                }
                Self::pair_fact_features(&rule_facts, s, o, &mut features);
                let evidence = match closest {
                    Some((ms, mo, gap)) => {
                        self.pair_sentence_features(ms, mo, gap, &mut features);
                        a.mentions[ms].span.cover(a.mentions[mo].span)
                    }
                    None => {
                        features.insert("apart".to_string());
                        a.mentions[entity_mentions[s][0]].span
                    }
                };
                out.push(Candidate { predicate, subject: s, object: o, features: features.into_iter().collect(), evidence });
            }
        }
        out
    }

    /// What the rules already say about the two (not what the models add).
    fn pair_fact_features(facts: &RuleFacts, s: usize, o: usize, features: &mut BTreeSet<String>) {
        for &(predicate, object) in &facts.by_subject[s] {
            features.insert(format!("s-has={}", predicate.local_name()));
            if let Some(y) = object {
                // Through a third name: a seat's seat, a unit's parent.
                for p in [Predicate::LocatedIn, Predicate::PartOf] {
                    if facts.has(y, p, o) {
                        features.insert(format!("via-{}-{}", predicate.local_name(), p.local_name()));
                    }
                }
            }
        }
        for &(subject, predicate) in &facts.by_object[s] {
            features.insert(format!("s-is-object-of={}", predicate.local_name()));
            if predicate == Predicate::Organizer && facts.has(subject, Predicate::Location, o) {
                features.insert("s-event-in-o".to_string());
            }
            if ROLES.contains(&predicate) && ROLES.iter().any(|&p| facts.has(subject, p, o)) {
                features.insert("same-event".to_string());
            }
        }
        for &(predicate, _) in &facts.by_subject[o] {
            features.insert(format!("o-has={}", predicate.local_name()));
        }
        for &(_, predicate) in &facts.by_object[o] {
            features.insert(format!("o-is-object-of={}", predicate.local_name()));
        }
    }

    fn pair_sentence_features(&self, ms: usize, mo: usize, gap: usize, features: &mut BTreeSet<String>) {
        let a = self.a;
        let tree = &a.tree;
        let (x, y) = (&a.mentions[ms], &a.mentions[mo]);
        let order = if x.tokens.start <= y.tokens.start { "s-first" } else { "o-first" };
        features.insert(order.to_string());
        features.insert(format!("gap={}|{order}", bucket(gap)));
        if x.tokens.start <= y.tokens.start && y.tokens.end <= x.tokens.end {
            features.insert("o-inside-s".to_string());
        }
        if gap <= 4 {
            let (from, to) = if x.tokens.end <= y.tokens.start { (x.tokens.end, y.tokens.start) } else { (y.tokens.end, x.tokens.start) };
            if from <= to {
                let between: Vec<&str> = (from..to).map(|t| a.lower[t].as_str()).collect();
                features.insert(format!("between={}|{order}", between.join(" ")));
            }
        }
        if x.in_quote {
            features.insert("in-quote".to_string());
        }
        let (Some(hs), Some(ho)) = (self.mention_head(ms), self.mention_head(mo)) else { return };
        let on = &tree.nodes[ho];
        features.insert(format!("o-dep={}", on.deprel));
        features.insert(format!("o-case={}", tree.case_of(ho, &a.lower).unwrap_or_default()));
        if let Some(g) = on.head {
            features.insert(format!("o-gov={}", tree.nodes[g].lemma));
        }
        features.insert(format!("s-dep={}", tree.nodes[hs].deprel));
        let (path, lca) = self.tree_path(hs, ho);
        features.insert(format!("path={path}"));
        if let Some(l) = lca {
            features.insert(format!("lca={}", tree.nodes[l].lemma));
        }
    }

    /// Adds the candidates the model of `predicate` is confident of as facts.
    pub fn learned_named_pairs(&mut self, predicate: Predicate, model: &PairModel) {
        if model.is_empty() {
            return;
        }
        for c in self.named_pair_candidates(predicate) {
            let p = model.probability(&c.features);
            if p >= model.threshold {
                self.add(c.subject, predicate, Object::Entity(c.object), c.evidence, &format!("model:{}", predicate.local_name()), p);
            }
        }
    }
}
