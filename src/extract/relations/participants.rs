//! A learned second reading of who took part in an event. The participant rules read the
//! constructions they were written for ("attended by", "took part in"); the ways an article
//! says someone was there are far more ("finished second, ahead of Austria's X", "sounded
//! the starting horn", "the other finalists were …"). After the rules, every remaining pair
//! of an event the document states facts about and a person or body it names is described by
//! features of the parse (the word that governs the name, the path to the event, what the
//! rules already found about both), and a logistic model trained on the project's probe
//! articles (`data/models/pairs/participant.tsv`, rebuilt by `cargo run --release --example
//! pairs`) adds the pairs it is confident of.

use std::collections::{BTreeSet, HashMap};

use super::super::mentions::{is_provisional, MentionKind};
use super::super::{EntityType, Object, Predicate};
use super::learned::{Candidate, PairModel, ROLES};
use super::Relations;

impl Relations<'_, '_> {
    pub(super) fn has_fact(&self, subject: usize, predicate: Predicate, object: usize) -> bool {
        self.facts.iter().any(|f| f.subject == subject && f.predicate == predicate && f.object == Object::Entity(object))
    }

    /// Every (event, person or body) pair without a role yet, with its features.
    pub fn participant_candidates(&self) -> Vec<Candidate> {
        let a = self.a;
        if a.tree.is_empty() {
            return Vec::new();
        }
        let with_facts = |e: usize| self.facts.iter().any(|f| f.subject == e || f.object == Object::Entity(e));
        let events: Vec<usize> = (0..self.entities.len()).filter(|&e| self.entities[e].kind == EntityType::Event && with_facts(e)).collect();
        if events.is_empty() {
            return Vec::new();
        }
        let usable = |m: usize| {
            let mention = &a.mentions[m];
            !mention.nested && !mention.in_dateline && mention.span.start < self.contact_block
        };
        let mentions_of = |e: usize| -> Vec<usize> { a.order.iter().copied().filter(|&m| a.mentions[m].entity == Some(e) && usable(m)).collect() };
        let main_event = events.iter().copied().max_by_key(|&e| (self.facts.iter().filter(|f| f.subject == e).count(), std::cmp::Reverse(e))).unwrap_or(events[0]);
        let mut out = Vec::new();
        for &event in &events {
            let event_mentions = mentions_of(event);
            let Some(first_event_mention) = event_mentions.first().map(|&m| a.mentions[m].span.start) else { continue };
            for x in 0..self.entities.len() {
                let entity = &self.entities[x];
                // (Not a name only the recognizer typed: the rules keep those only in a role
                // that shows what they are, and a guess about both is too weak.)
                if !matches!(entity.kind, EntityType::Person | EntityType::Organization) || is_provisional(&entity.class) || ROLES.iter().any(|&p| self.has_fact(event, p, x)) {
                    continue;
                }
                // (One the rules already place at another event took part there: articles
                // rarely put one at two events without saying so in words the rules read.)
                if self.facts.iter().any(|f| f.predicate == Predicate::Participant && f.object == Object::Entity(x)) {
                    continue;
                }
                let x_mentions = mentions_of(x);
                if x_mentions.is_empty() {
                    continue;
                }
                let mut features = BTreeSet::new();
                features.insert(format!("kind={:?}", entity.kind));
                features.insert(format!("events={}", events.len().min(3)));
                if event == main_event {
                    features.insert("main-event".to_string());
                }
                features.insert(format!("mentions={}", x_mentions.len().min(3)));
                features.insert(format!("class={}", entity.class));
                features.insert(format!("event-class={}", self.entities[event].class));
                self.pair_features(event, x, &mut features);
                for &m in &x_mentions {
                    self.mention_features(m, event, &event_mentions, &events, &mut features);
                }
                let evidence = x_mentions.iter().map(|&m| a.mentions[m].span).find(|s| s.start >= first_event_mention).unwrap_or(a.mentions[x_mentions[0]].span);
                out.push(Candidate { predicate: Predicate::Participant, subject: event, object: x, features: features.into_iter().collect(), evidence });
            }
        }
        out
    }

    /// What the rules already say about the person or body and the event.
    fn pair_features(&self, event: usize, x: usize, features: &mut BTreeSet<String>) {
        for f in self.facts.iter().filter(|f| f.subject == x) {
            features.insert(format!("x-has={}", f.predicate.local_name()));
            if let Object::Entity(o) = f.object {
                for p in ROLES {
                    if self.has_fact(event, p, o) {
                        features.insert(format!("x-{}-of-{}", f.predicate.local_name(), p.local_name()));
                    }
                }
            }
        }
        // A body whose people have a role in the event.
        for f in self.facts.iter().filter(|f| f.object == Object::Entity(x) && matches!(f.predicate, Predicate::Employer | Predicate::HeadOf | Predicate::PartOf)) {
            for p in ROLES {
                if self.has_fact(event, p, f.subject) {
                    features.insert(format!("member-{}-is-{}", f.predicate.local_name(), p.local_name()));
                }
            }
        }
        for f in self.facts.iter().filter(|f| f.subject != event && f.object == Object::Entity(x) && ROLES.contains(&f.predicate)) {
            features.insert(format!("x-{}-elsewhere", f.predicate.local_name()));
        }
        if !self.facts.iter().any(|f| f.subject == event && f.predicate == Predicate::Participant) {
            features.insert("event-without-participants".to_string());
        }
    }

    fn mention_features(&self, m: usize, event: usize, event_mentions: &[usize], events: &[usize], features: &mut BTreeSet<String>) {
        let a = self.a;
        let mention = &a.mentions[m];
        let Some(h) = self.mention_head(m) else { return };
        let tree = &a.tree;
        let node = &tree.nodes[h];
        let dep = node.deprel.as_str();
        let case = tree.case_of(h, &a.lower).unwrap_or_default();
        features.insert(format!("dep={dep}"));
        features.insert(format!("dep={dep}|case={case}"));
        if mention.in_quote {
            features.insert("in-quote".to_string());
        }
        if matches!(mention.kind, MentionKind::Reference { .. }) {
            features.insert("reference".to_string());
        }
        if mention.sentence == 0 {
            features.insert("first-sentence".to_string());
        }
        let same: Vec<usize> = event_mentions.iter().copied().filter(|&em| a.mentions[em].sentence == mention.sentence).collect();
        let place = if same.is_empty() { "apart" } else { "same" };
        // The word that governs the name, and the verb its clause hangs from.
        if let Some(g) = node.head {
            let gn = &tree.nodes[g];
            features.insert(format!("gov={}", gn.lemma));
            features.insert(format!("gov={}|dep={dep}", gn.lemma));
            if let Some(g2) = gn.head {
                features.insert(format!("gov2={}", tree.nodes[g2].lemma));
            }
        }
        // The sentence's content words ("finalists", "winner", "delegation").
        for t in a.sentences[mention.sentence].tokens.clone() {
            let n = &tree.nodes[t];
            if matches!(n.upos.as_str(), "VERB" | "NOUN") && !mention.tokens.contains(&t) {
                features.insert(format!("word={}", n.lemma));
            }
        }
        let (mut child, mut up, mut steps) = (h, node.head, 0);
        let mut verb = None;
        while let Some(p) = up {
            let pn = &tree.nodes[p];
            if pn.upos == "VERB" {
                verb = Some((p, child));
                break;
            }
            steps += 1;
            if steps > 6 {
                break;
            }
            (child, up) = (p, pn.head);
        }
        match verb {
            Some((v, child)) => {
                let lemma = &tree.nodes[v].lemma;
                let vdep = tree.nodes[child].deprel.as_str();
                let vcase = tree.case_of(child, &a.lower).unwrap_or_default();
                features.insert(format!("verb={lemma}"));
                features.insert(format!("verb={lemma}|{place}"));
                features.insert(format!("verb={lemma}|{:?}", self.entities[mention.entity.unwrap_or(0)].kind));
                features.insert(format!("verb={lemma}|{vdep}"));
                features.insert(format!("verb={lemma}|{vdep}|{vcase}"));
                if tree.is_passive(v) {
                    features.insert(format!("passive|{vdep}"));
                }
            }
            None => {
                features.insert("no-verb".to_string());
            }
        }
        features.insert(place.to_string());
        if let Some(&em) = same.first() {
            let order = if mention.tokens.start < a.mentions[em].tokens.start { "before" } else { "after" };
            features.insert(format!("order={order}"));
            if let Some(eh) = self.mention_head(em) {
                let (path, lca) = self.tree_path(h, eh);
                features.insert(format!("path={path}"));
                if let Some(l) = lca {
                    features.insert(format!("lca={}", tree.nodes[l].lemma));
                    features.insert(format!("lca={}|{order}", tree.nodes[l].lemma));
                }
                features.insert(format!("event-dep={}", tree.nodes[eh].deprel));
            }
        } else {
            let previous = event_mentions.iter().map(|&em| a.mentions[em].sentence).filter(|&s| s < mention.sentence).max();
            let distance = previous.map_or(9, |s| (mention.sentence - s).min(4));
            features.insert(format!("sentences-after={distance}"));
            let other_event = a.mentions.iter().any(|om| om.sentence == mention.sentence && !om.nested && om.entity.is_some_and(|oe| oe != event && events.contains(&oe)));
            if other_event {
                features.insert("other-event-here".to_string());
            }
        }
        // Coordinated with a name the rules gave a role in this event.
        let mut first = h;
        while tree.nodes[first].deprel == "conj" {
            match tree.nodes[first].head {
                Some(p) => first = p,
                None => break,
            }
        }
        for c in tree.with_conjuncts(first) {
            let Some(y) = self.owner[c].and_then(|om| a.mentions[om].entity) else { continue };
            if y == mention.entity.unwrap_or(usize::MAX) {
                continue;
            }
            for p in ROLES {
                if self.has_fact(event, p, y) {
                    features.insert(format!("conj-{}", p.local_name()));
                }
            }
        }
    }

    /// The dependency relations from `from` up to the lowest common ancestor and down to
    /// `to` ("nsubj^ obj_"), or "long" past four steps either way; and that ancestor.
    pub(super) fn tree_path(&self, from: usize, to: usize) -> (String, Option<usize>) {
        let tree = &self.a.tree;
        let ancestors = |t: usize| {
            let mut chain = vec![t];
            let mut x = t;
            while let Some(h) = tree.nodes[x].head {
                if chain.len() > tree.nodes.len() {
                    break;
                }
                chain.push(h);
                x = h;
            }
            chain
        };
        let (up, down) = (ancestors(from), ancestors(to));
        let Some((i, j)) = up.iter().enumerate().find_map(|(i, t)| down.iter().position(|d| d == t).map(|j| (i, j))) else { return ("none".to_string(), None) };
        if i > 4 || j > 4 {
            return ("long".to_string(), Some(up[i]));
        }
        let base = |t: usize| tree.nodes[t].deprel.split(':').next().unwrap_or("").to_string();
        let mut parts: Vec<String> = up[..i].iter().map(|&t| format!("{}^", base(t))).collect();
        parts.extend(down[..j].iter().rev().map(|&t| format!("{}_", base(t))));
        (parts.join(" "), Some(up[i]))
    }

    /// Adds the candidates the model is confident of as participant facts.
    pub fn learned_participants(&mut self, model: &PairModel) {
        if model.is_empty() {
            return;
        }
        // A person or body takes part only in the event it scores highest with: the text
        // rarely puts one at two events without a rule reading it.
        let mut best: HashMap<usize, (f32, Candidate)> = HashMap::new();
        for c in self.participant_candidates() {
            let p = model.probability(&c.features);
            if p >= model.threshold && best.get(&c.object).is_none_or(|(q, _)| p > *q) {
                best.insert(c.object, (p, c));
            }
        }
        let mut chosen: Vec<(f32, Candidate)> = best.into_values().collect();
        chosen.sort_by_key(|(_, c)| (c.evidence.start, c.object));
        for (p, c) in chosen {
            self.add(c.subject, Predicate::Participant, Object::Entity(c.object), c.evidence, "model:participant", p);
        }
    }
}

