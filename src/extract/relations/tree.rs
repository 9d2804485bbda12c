//! Relations read off the dependency tree: the arguments of the verbs in
//! data/lexicon/verbs.toml found through their grammatical roles (subject, object, passive
//! agent, coordination, relative clauses and participles), where events happen (oblique
//! "in/at" places of the event's verb or clause), and posts stated by apposition ("X, a
//! spokesman for Y"). These rules add to the ones over the mention sequence: word order
//! alone misses "the seminar that the Institute organized", and a tree alone misparses
//! long lists of names, so a fact either finds is kept.

use super::super::lexicon::Voice;
use super::super::mentions::{Analysis, MentionKind};
use super::super::syntax::base;
use super::super::{EntityType, Object, Predicate};
use super::Relations;

/// Pronouns that open a relative clause; the clause's subject is then its antecedent.
pub(super) const RELATIVE: &[&str] = &["which", "that", "who", "whom"];

/// Prepositions that put an event somewhere.
const LOCATIVE_CASES: &[&str] = &["in", "at"];

/// Prepositions that link a post to its organization ("spokesman for", "head of").
const POST_CASES: &[&str] = &["of", "for", "at", "with"];

impl Relations<'_, '_> {
    pub(super) fn tree_rules(&mut self) {
        if self.a.tree.is_empty() {
            return;
        }
        // Lent out while the rules (which take `&mut self`) read it, then put back.
        let owner = std::mem::take(&mut self.owner);
        self.tree_verbs(&owner);
        self.tree_locations(&owner);
        self.tree_appositions(&owner);
        self.tree_places_of(&owner);
        self.tree_place_descriptions(&owner);
        self.tree_joined_as(&owner);
        self.tree_at_event(&owner);
        self.tree_unit_appositions(&owner);
        self.tree_unit_copulas(&owner);
        self.tree_openers(&owner);
        self.tree_marked_with_event(&owner);
        self.tree_seats_had(&owner);
        self.tree_sponsor_nouns(&owner);
        self.owner = owner;
    }

    /// "A and B were the event's official sponsors", "with A and B as sponsors", "A and B
    /// return as official sponsors": bodies called the sponsors sponsor the event the noun's
    /// possessive names, else the last event named up to its sentence.
    fn tree_sponsor_nouns(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for t in 0..self.a.tokens.len() {
            if self.a.in_quote[t] || !matches!(self.a.lower[t].as_str(), "sponsor" | "sponsors") || tree.nodes[t].upos != "NOUN" || self.negated(t) {
                continue;
            }
            let as_sponsor = tree.children_by(t, "case").any(|c| self.a.lower[c] == "as");
            let sponsors: Vec<usize> = if tree.children_by(t, "cop").next().is_some() {
                tree.children_by(t, "nsubj").flat_map(|s| self.coordinated(owner, s)).collect()
            } else if as_sponsor {
                // ("with A and B as sponsors": the bodies the noun hangs on; "A return as
                // sponsors": the subject of the verb it hangs on.)
                match tree.nodes[t].head {
                    Some(h) if tree.nodes[h].upos == "VERB" => tree.children_by(h, "nsubj").flat_map(|s| self.coordinated(owner, s)).collect(),
                    Some(h) if owner[h].is_some() => self.coordinated(owner, h),
                    _ => Vec::new(),
                }
            } else {
                continue;
            };
            let sponsors: Vec<usize> = sponsors.into_iter().filter(|&e| self.entities[e].kind == EntityType::Organization).collect();
            if sponsors.is_empty() {
                continue;
            }
            let possessed = tree.children_by(t, "nmod:poss").find_map(|c| self.node_entity(owner, c)).filter(|&e| self.is_event(e));
            let sentence = self.a.sentence_of[t];
            let last_named = || {
                self.a.order.iter().rev().map(|&m| &self.a.mentions[m]).find(|m| !m.in_quote && m.tokens.end <= t && m.sentence + 2 >= sentence && m.entity.is_some_and(|e| self.is_event(e))).and_then(|m| m.entity)
            };
            let Some(ev) = possessed.or_else(last_named) else { continue };
            let evidence = self.a.tokens[t].span;
            for e in sponsors {
                self.event_fact(ev, e, "sponsor", None, evidence, "tree-sponsor-noun");
            }
        }
    }

    /// "NSE today opened its new factory", "The centre was inaugurated by A and B": who opens
    /// a facility (an opening the verb states, see `Analysis::openings_stated_by_verbs`)
    /// organizes its opening if a body, takes part in it if a person.
    fn tree_openers(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for &m in &self.a.order.clone() {
            let mention = &self.a.mentions[m];
            let MentionKind::Event { head, evoked: Some(_), .. } = &mention.kind else { continue };
            let (Some(ev), v) = (mention.entity, mention.tokens.start) else { continue };
            if head != "opening" {
                continue;
            }
            let agents: Vec<usize> = if self.tree_passive(v) { tree.children_by(v, "obl:agent").chain(tree.children_by(v, "obl").filter(|&c| tree.case_of(c, &self.a.lower).as_deref() == Some("by"))).collect() } else { self.tree_subjects(v, false) };
            let evidence = self.a.tokens[v].span;
            for agent in agents {
                for e in self.coordinated(owner, agent) {
                    self.holds_event(ev, e, evidence, "tree-opener", 0.75);
                }
            }
        }
    }

    /// A body that opens or marks an event organizes it; a person who does takes part.
    fn holds_event(&mut self, ev: usize, e: usize, evidence: crate::extract::Span, rule: &str, confidence: f32) {
        match self.entities[e].kind {
            EntityType::Organization => self.add(ev, Predicate::Organizer, Object::Entity(e), evidence, rule, confidence),
            EntityType::Person => {
                self.event_fact(ev, e, "participant", None, evidence, rule);
            }
            _ => {}
        }
    }

    /// "The Trust marked its 50th anniversary with a gala dinner", "Fiordo Azul inaugurated
    /// its new crossing with a naming ceremony": whoever marks, opens or celebrates something
    /// "with" an event holds it, a body as its organizer, a person as a participant.
    fn tree_marked_with_event(&mut self, owner: &[Option<usize>]) {
        const MARKING: &[&str] = &["mark", "celebrate", "commemorate", "inaugurate", "open", "launch", "close", "end", "begin", "start", "conclude", "honour", "honor", "welcome", "christen", "unveil"];
        let tree = &self.a.tree;
        for v in 0..self.a.tokens.len() {
            if self.a.in_quote[v] || tree.nodes[v].upos != "VERB" || !MARKING.contains(&tree.nodes[v].lemma.as_str()) || self.negated(v) || self.tree_passive(v) {
                continue;
            }
            // (By word order: the parser often hangs the "with" phrase on the object.)
            let sent_end = self.a.sentences[self.a.sentence_of[v]].tokens.end;
            let mut events: Vec<usize> = Vec::new();
            for k in v + 1..sent_end.min(v + 16) {
                if matches!(self.a.word(k), "," | ";" | ":") {
                    break;
                }
                if self.a.lower[k] == "with" && k + 2 < sent_end && matches!(self.a.lower[k + 1].as_str(), "a" | "an") {
                    let event = self.mention_starting(k + 2, |kind| matches!(kind, MentionKind::Event { generic: false, .. })).and_then(|m| self.entity(m));
                    events.extend(event.filter(|&e| self.is_event(e)));
                    break;
                }
            }
            if events.is_empty() {
                continue;
            }
            let evidence = self.a.tokens[v].span;
            for s in self.tree_subjects(v, false) {
                for e in self.coordinated(owner, s) {
                    for &ev in &events {
                        self.holds_event(ev, e, evidence, "tree-marked-with", 0.7);
                    }
                }
            }
        }
    }

    /// "The Centre for Conflict Prevention, a unit of the OSCE Secretariat, …", "X, part of
    /// the Y group": an apposition that calls an organization a part of another.
    fn tree_unit_appositions(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for &m in &self.a.order.clone() {
            let mention = &self.a.mentions[m];
            // ("The guild, one of eleven regional sections of Y": a body referred to, too.)
            let referred = matches!(mention.kind, MentionKind::Reference { .. }) && mention.entity.is_some_and(|e| self.entities[e].kind == EntityType::Organization);
            if mention.nested || mention.in_quote || !(mention.is_name(EntityType::Organization) || referred) {
                continue;
            }
            let (Some(unit), Some(head)) = (mention.entity, self.mention_head(m)) else { continue };
            let lex = self.a.lex;
            let part_noun = |w: &str| [w, w.strip_suffix('s').unwrap_or(w)].iter().any(|w| lex.body_part_nouns.contains(*w) || lex.body_part_of_nouns.contains(*w));
            for mut post in tree.children_by(head, "appos").collect::<Vec<_>>() {
                // ("one of eleven regional sections of Y": the parts the body is one of.)
                if self.a.lower[post] == "one" {
                    let part = |c: &usize| tree.case_of(*c, &self.a.lower).as_deref() == Some("of") && part_noun(&self.a.lower[*c]);
                    match tree.children_by(post, "nmod").find(part) {
                        Some(c) => post = c,
                        None => continue,
                    }
                }
                // ("the subsidiary of Canadian group Northfield Resources": a noun of its
                // kind, with the body's name in apposition to it.)
                let described = || {
                    tree.children_by(post, "nmod")
                        .filter(|&c| tree.case_of(c, &self.a.lower).as_deref() == Some("of") && owner[c].is_none() && tree.nodes[c].upos == "NOUN")
                        .flat_map(|c| tree.children_by(c, "appos"))
                        .find_map(|a| self.core_mention(owner, a))
                        .filter(|&om| self.a.mentions[om].is_name(EntityType::Organization))
                };
                // ("the Pelican Point Sailing Academy, the club's youth training arm": the
                // owner in the possessive.)
                let possessor = || {
                    if !self.a.lex.body_part_nouns.contains(self.a.lower[post].as_str()) {
                        return None;
                    }
                    tree.children_by(post, "nmod:poss").find_map(|c| owner[c]).filter(|&pm| self.a.mentions[pm].entity.is_some_and(|e| self.entities[e].kind == EntityType::Organization))
                };
                let Some(om) = self.named_through(owner, post, part_noun, &["of"], EntityType::Organization).or_else(possessor).or_else(|| part_noun(&self.a.lower[post]).then(described).flatten()).filter(|_| owner[post].is_none()) else { continue };
                if let Some(whole) = self.entity(om) {
                    let evidence = mention.span.cover(self.a.mentions[om].span);
                    self.add(unit, Predicate::PartOf, Object::Entity(whole), evidence, "tree-unit-apposition", 0.75);
                }
            }
        }
    }

    /// "Harbourline Sensors is a subsidiary of Nordic Marine Group", "the company, which is
    /// a unit of the Y": a copula that calls a body, named or referred to, a part of another.
    fn tree_unit_copulas(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for t in 0..self.a.tokens.len() {
            if self.a.in_quote[t] || owner[t].is_some() || !self.a.lex.body_part_nouns.contains(self.a.lower[t].as_str()) || tree.children_by(t, "cop").next().is_none() || self.negated(t) {
                continue;
            }
            // ("X employs 5,600 people and is a subsidiary of Y": the subject of the first
            // verb of a coordination.)
            let conjoined = || (tree.nodes[t].deprel == "conj").then(|| tree.nodes[t].head.and_then(|h| tree.children_by(h, "nsubj").next())).flatten();
            let Some(mut subject) = tree.children_by(t, "nsubj").next().or_else(conjoined) else { continue };
            if matches!(self.a.lower[subject].as_str(), "which" | "that") {
                match tree.nodes[t].head {
                    // (The parser sometimes hangs such a clause on its noun as an apposition.)
                    Some(h) if matches!(tree.nodes[t].deprel.as_str(), "acl:relcl" | "appos") => subject = h,
                    _ => continue,
                }
            }
            let Some(sm) = owner[subject] else { continue };
            let Some(unit) = self.a.mentions[sm].entity.filter(|&e| self.entities[e].kind == EntityType::Organization) else { continue };
            let Some(om) = self.named_through(owner, t, |_| true, &["of"], EntityType::Organization) else { continue };
            if let Some(whole) = self.entity(om).filter(|&w| w != unit) {
                let evidence = self.a.mentions[sm].span.cover(self.a.mentions[om].span);
                self.add(unit, Predicate::PartOf, Object::Entity(whole), evidence, "tree-unit-copula", 0.7);
            }
        }
    }

    /// "X said at the meeting", "X warned at the summit that …": the text places the subject
    /// of a verb at the event its "at" phrase names, so X took part (the guidelines' "spoke
    /// at"; a quoted official placed at the event).
    fn tree_at_event(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for v in 0..self.a.tokens.len() {
            if self.a.in_quote[v] || tree.nodes[v].upos != "VERB" || self.negated(v) {
                continue;
            }
            let passive = self.tree_passive(v);
            let mut events = Vec::new();
            // '"…," said FONDEPES head X at the closing ceremony': the parser often hangs the
            // "at" phrase of a speech verb put after its quotation on the speaker's name.
            // The parser also takes the speaker after "said" for an object at times.
            let person = |t: usize| owner[t].is_some_and(|m| self.a.mentions[m].is_name(EntityType::Person));
            let says = tree.nodes[v].lemma == "say" && !passive;
            let mut said_by = self.tree_subjects(v, false);
            if says && !said_by.iter().any(|&s| person(s)) {
                let objects: Vec<usize> = tree.children_by(v, "obj").filter(|&o| person(o)).collect();
                if !objects.is_empty() {
                    said_by = objects;
                }
            }
            let speaker_at: Vec<usize> = if says {
                said_by.iter().flat_map(|&s| tree.children_by(s, "nmod").collect::<Vec<_>>()).collect()
            } else {
                Vec::new()
            };
            // ("who named the vessel at the ceremony": the parser hangs the "at" phrase on the
            // object at times; an object is not "at" an event, its verb is.)
            // ("earns a place at the European Championship" is a qualification, not a presence.)
            let object_at: Vec<usize> = tree
                .children_by(v, "obj")
                .filter(|&o| !matches!(tree.nodes[o].lemma.as_str(), "place" | "spot" | "berth" | "seat" | "ticket" | "invitation" | "wildcard" | "slot"))
                .flat_map(|o| tree.children_by(o, "nmod").collect::<Vec<_>>())
                .collect();
            for c in tree.children_by(v, "obl").chain(speaker_at).chain(object_at) {
                // "X, who arrived in Astana on an official visit": X is the visitor.
                if tree.case_of(c, &self.a.lower).as_deref() == Some("on") {
                    for e in self.coordinated(owner, c) {
                        if self.is_event(e) && self.entities[e].class == "Visit" && !events.contains(&e) {
                            events.push(e);
                        }
                    }
                }
                // "who travelled to Sambava for the ceremony", "flew in from London for the
                // release": one who journeys for an event is at it.
                // (People journey: "the two governments came together for a signing" is said
                // of bodies, which the report does not place at it.)
                let journeys = matches!(tree.nodes[v].lemma.as_str(), "travel" | "fly" | "come" | "arrive" | "journey" | "return") && said_by.iter().any(|&s| person(s) || matches!(self.a.lower[s].as_str(), "who" | "he" | "she"));
                if journeys && !passive && tree.case_of(c, &self.a.lower).as_deref() == Some("for") {
                    for e in self.coordinated(owner, c) {
                        if self.is_event(e) && !events.contains(&e) {
                            events.push(e);
                        }
                    }
                }
                if tree.case_of(c, &self.a.lower).as_deref() == Some("at") {
                    // "at the opening of the conference": the part of the event names it.
                    let of_event = tree.children_by(c, "nmod").filter(|&n| tree.case_of(n, &self.a.lower).as_deref() == Some("of"));
                    for n in std::iter::once(c).chain(of_event) {
                        for e in self.coordinated(owner, n) {
                            if self.is_event(e) && !events.contains(&e) {
                                events.push(e);
                            }
                        }
                    }
                }
            }
            if events.is_empty() {
                continue;
            }
            // "The diploma was presented by Rector X at a ceremony": the agent was there.
            let mut subjects = if passive { tree.children_by(v, "obl:agent").collect() } else { said_by };
            // "Speaking at the forum, X said …": the participle's subject is its clause's.
            if !passive && subjects.is_empty() && tree.nodes[v].xpos == "VBG" && tree.nodes[v].deprel == "advcl" {
                if let Some(h) = tree.nodes[v].head {
                    subjects = self.tree_subjects(h, false);
                }
            }
            let mut args = Vec::new();
            // "Also speaking at the ceremony, the Chief Representative of …, Ms. X, said": where
            // the parser finds no subject for a participle opening the sentence, the first
            // person named after its comma is the speaker.
            let sentence = &self.a.sentences[self.a.sentence_of[v]];
            if !passive && subjects.is_empty() && tree.nodes[v].xpos == "VBG" && (v == sentence.tokens.start || (v == sentence.tokens.start + 1 && self.a.lower[v - 1] == "also")) {
                let comma = (v + 1..sentence.tokens.end).find(|&k| self.a.word(k) == ",");
                let person = comma.and_then(|c| {
                    self.a.order.iter().copied().find(|&m| {
                        let mention = &self.a.mentions[m];
                        mention.tokens.start > c && mention.tokens.end <= sentence.tokens.end && !mention.nested && mention.is_name(EntityType::Person)
                    })
                });
                args.extend(person.and_then(|m| self.a.mentions[m].entity));
            }
            for s in subjects {
                // "Ozolins, who arrived …": the person the pronoun stands for.
                if self.a.lower[s] == "who" {
                    // "who" stands for a person: the name right before ", who" where the
                    // parser hangs the clause on a place inside a post ("… of Latvia X, who").
                    let before = (s >= 2 && self.a.word(s - 1) == ",").then(|| self.mention_ending(s - 1, |k| matches!(k, MentionKind::Name { kind: EntityType::Person, .. }))).flatten();
                    let antecedent = before.and_then(|m| self.a.mentions[m].entity).or_else(|| self.antecedent(owner, s)).filter(|&e| !self.is_event(e));
                    // ("Farhana Rahman, an assistant professor at Dhanmondi Medical College who
                    // led the team at the camp": "who" is a person, not the body in her post;
                    // the one person named before it in the sentence.)
                    let antecedent = match antecedent {
                        Some(e) if self.entities[e].kind != EntityType::Person => {
                            let start = self.a.sentences[self.a.sentence_of[s]].tokens.start;
                            let persons: Vec<usize> = self.a.order.iter().copied().filter(|&m| {
                                let mention = &self.a.mentions[m];
                                mention.tokens.start >= start && mention.tokens.end <= s && !mention.nested && mention.is_name(EntityType::Person)
                            }).collect();
                            if persons.len() == 1 { self.a.mentions[persons[0]].entity } else { Some(e) }
                        }
                        other => other,
                    };
                    args.extend(antecedent);
                    continue;
                }
                // "the WHO Representative in Ghana, Dr. Helen Mbeki,": the person named in
                // apposition to a post, not the body the post word is compounded with.
                let named: Vec<usize> = tree
                    .children_by(s, "appos")
                    .filter_map(|c| owner[c])
                    .filter(|&pm| self.a.mentions[pm].is_name(EntityType::Person))
                    .filter_map(|pm| self.a.mentions[pm].entity)
                    .collect();
                if owner[s].is_none_or(|m| !self.a.mentions[m].is_name(EntityType::Person)) && !named.is_empty() {
                    args.extend(named);
                    continue;
                }
                args.extend(self.coordinated(owner, s).into_iter().filter(|&e| !self.is_event(e)));
            }
            let evidence = self.a.tokens[v].span;
            // ("The Consortium launched its platform at a ceremony": a body that launches,
            // hosts or stages something at an event holds the event.)
            let holds = !passive && matches!(tree.nodes[v].lemma.as_str(), "launch" | "host" | "stage" | "unveil");
            for &ev in &events {
                for &arg in &args {
                    let relation = if holds && self.entities[arg].kind == EntityType::Organization { "organizer" } else { "participant" };
                    self.event_fact(ev, arg, relation, None, evidence, "tree-at-event");
                }
            }
        }
    }

    /// Whether event mention `m` names a document signed ("agreement", "memorandum").
    fn is_document(&self, m: usize) -> bool {
        matches!(&self.a.mentions[m].kind, MentionKind::Event { head, .. } if self.a.lex.event_heads.get(head.as_str()).is_some_and(|eh| eh.document))
    }

    /// The token that heads mention `m` in the tree: the first whose head lies outside it.
    pub(super) fn mention_head(&self, m: usize) -> Option<usize> {
        let tokens = &self.a.mentions[m].tokens;
        tokens.clone().find(|&t| self.a.tree.nodes[t].head.is_none_or(|h| !tokens.contains(&h)))
    }

    /// The post a noun names (see [`super::super::lexicon::Lexicon::post`]).
    fn post_word(&self, t: usize) -> Option<super::super::lexicon::TitleWord> {
        let lex = self.a.lex;
        match lex.post(&self.a.lower[t], &self.a.tree.nodes[t].upos) {
            // "the federation's secretary general", "the state's prosecutor general": the
            // parser heads the post with its last word, a rank alone ("general"); the words
            // before it that make a title of the lexicon are the post.
            None if lex.titles.get(self.a.lower[t].as_str()).is_some_and(|w| w.rank) => (2..=lex.longest_title.min(t + 1)).find_map(|n| {
                let words: Vec<&str> = (t + 1 - n..=t).map(|k| self.a.lower[k].as_str()).collect();
                lex.titles.get(words.join(" ").as_str()).filter(|w| !w.rank).copied()
            }),
            post => post,
        }
    }

    /// The entity a tree node names; a relative pronoun stands for its antecedent.
    fn node_entity(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        if RELATIVE.contains(&self.a.lower[t].as_str()) {
            return self.antecedent(owner, t);
        }
        let Some(m) = self.core_mention(owner, t) else {
            // "the Head of the EU Delegation, Ambassador X, said": a post stands for the person
            // named in apposition to it.
            if let Some(&p) = self.post_holders(owner, t, false).first() {
                return Some(p);
            }
            // "opened by the President of the Kelsa Sports Council, Ana Ruiz, and …": the
            // parser took the name set off by a comma for a conjunct of the body.
            if let Some(p) = self.post_holder_taken_for_conjunct(owner, t) {
                return Some(p);
            }
            // "sponsored by title partner Mtkvari Bank": a noun stands for the body named right
            // after it in apposition.
            let first_appos = self.a.tree.children_by(t, "appos").next();
            // ("the club's junior section, Tarvo Juniors, held …": a unit set off by a comma.)
            let unit_noun = self.a.lex.body_part_nouns.contains(self.a.lower[t].as_str()) && self.a.word(t + 1) == ",";
            if let Some(m) = first_appos.and_then(|c| self.core_mention(owner, c)).filter(|&m| self.a.mentions[m].is_name(EntityType::Organization) && (self.a.mentions[m].tokens.start == t + 1 || (unit_noun && self.a.mentions[m].tokens.start == t + 2))) {
                return self.entity(m);
            }
            return self.delegated_by(owner, t).or_else(|| self.place_described(owner, t)).and_then(|m| self.entity(m));
        };
        if self.a.mentions[m].in_dateline {
            return None;
        }
        if let MentionKind::Reference { word } = &self.a.mentions[m].kind {
            if matches!(word.as_str(), "they" | "them") {
                return None;
            }
        }
        self.entity(m)
    }

    /// "signed by Kelsa Bank president Ana Berg": the person named after a body's name and
    /// a post of it, at node `t`, who acts for the body.
    fn holder_after_body(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        let m = self.core_mention(owner, t).filter(|&m| self.a.mentions[m].is_name(EntityType::Organization))?;
        let title = self.mention_starting(self.a.mentions[m].tokens.end, |k| matches!(k, MentionKind::Title { rank_only: false, .. }))?;
        let p = self.mention_starting(self.a.mentions[title].tokens.end, |k| matches!(k, MentionKind::Name { kind: EntityType::Person, .. }))?;
        self.entity(p)
    }

    /// "the Head of the EU Delegation, Ambassador X": the persons a post word `t` stands
    /// for, named in apposition to it. The parser may hang the apposition on the body the
    /// post is of; with `conjoined`, also the names it took for conjuncts of that body
    /// ("The Ambassador of Japan to Fiji, Mr. X, and the President of Y, Ms. Z, signed" hangs
    /// X as a conjunct of "Fiji").
    fn post_holders(&self, owner: &[Option<usize>], t: usize, conjoined: bool) -> Vec<usize> {
        if self.post_word(t).is_none() {
            return Vec::new();
        }
        let tree = &self.a.tree;
        let mut holders = vec![t];
        holders.extend(tree.children_by(t, "nmod"));
        holders.extend(tree.children_by(t, "nmod").flat_map(|n| tree.children_by(n, "nmod")).collect::<Vec<_>>());
        if conjoined {
            // "…, and the Chairman of the Union, Mrs. Z": a second post in apposition.
            for p in tree.children(t).iter().copied().filter(|&c| matches!(tree.nodes[c].deprel.as_str(), "appos" | "conj") && self.post_word(c).is_some()) {
                holders.push(p);
                holders.extend(tree.children_by(p, "nmod"));
            }
        }
        let mut names: Vec<usize> = holders.iter().flat_map(|&h| tree.children_by(h, "appos")).collect();
        if conjoined {
            names.extend(holders.iter().skip(1).flat_map(|&h| tree.children_by(h, "conj")));
            names.sort_unstable();
        }
        let mut persons = Vec::new();
        for c in names {
            // "by title partner Mtkvari Bank, whose chief executive, X, …": a post first in
            // apposition to a body describes the body; a person after it holds another post.
            if self.core_mention(owner, c).is_some_and(|m| self.a.mentions[m].is_name(EntityType::Organization)) && persons.is_empty() {
                break;
            }
            let Some(m) = self.core_mention(owner, c).filter(|&m| self.a.mentions[m].is_name(EntityType::Person)) else { continue };
            if let Some(e) = self.entity(m).filter(|e| !persons.contains(e)) {
                persons.push(e);
            }
        }
        persons
    }

    /// The person named right after a comma that the parser hung as a conjunct of the body
    /// post `t` is of ("the President of the Kelsa Sports Council, Ana Ruiz, and …"); not a
    /// name after "and" ("the Minister of Health and Ana Ruiz" are two).
    /// The parser may also hang that name on the verb ("…, and the Governor of Varnu, Tomas
    /// Ortega."): a person's name right after the comma that closes the post's phrase.
    fn post_holder_taken_for_conjunct(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        self.post_word(t)?;
        let tree = &self.a.tree;
        let bodies: Vec<usize> = tree.children_by(t, "nmod").collect();
        let conjunct = bodies.iter().flat_map(|&b| tree.children_by(b, "conj")).filter(|&c| c > 0 && self.a.word(c - 1) == ",").find_map(|c| {
            self.core_mention(owner, c).filter(|&m| self.a.mentions[m].is_name(EntityType::Person) && self.a.mentions[m].tokens.start == c).and_then(|m| self.entity(m))
        });
        if conjunct.is_some() || bodies.is_empty() {
            return conjunct;
        }
        let mut end = t;
        let mut stack = vec![t];
        while let Some(k) = stack.pop() {
            end = end.max(k);
            stack.extend(tree.children(k).iter().copied().filter(|&c| base(&tree.nodes[c].deprel) != "punct"));
        }
        let comma = end + 1;
        if comma + 1 >= self.a.tokens.len() || self.a.word(comma) != "," || self.a.sentence_of[comma + 1] != self.a.sentence_of[t] {
            return None;
        }
        let m = self.mention_starting(comma + 1, |k| matches!(k, MentionKind::Name { .. }))?;
        self.a.mentions[m].is_name(EntityType::Person).then(|| self.entity(m)).flatten()
    }

    /// "NRC has appointed X as its Regional Director", "Y was appointed Head of Z", "X
    /// served as Country Director of Z": the person a post in `title` is given to by a verb
    /// of appointment (its object, or its passive subject) or of service (its subject).
    pub(super) fn appointee(&self, title: &std::ops::Range<usize>) -> Option<usize> {
        let lex = self.a.lex;
        let tree = &self.a.tree;
        let owner = &self.owner;
        let h = title.clone().find(|&t| tree.nodes.get(t).is_some_and(|n| n.head.is_none_or(|x| !title.contains(&x))))?;
        let v = tree.nodes[h].head?;
        let deprel = tree.nodes[h].deprel.as_str();
        let as_case = tree.case_of(h, &self.a.lower).as_deref() == Some("as");
        let lemma = tree.nodes[v].lemma.as_str();
        // "X was appointed Vice Minister": a passive verb has no object, so a title the
        // parser calls one is the post.
        let passive_object = deprel == "obj" && lex.appointing_lemmas.contains(lemma) && self.tree_passive(v);
        if !(deprel == "xcomp" || passive_object || (base(deprel) == "obl" && as_case)) || tree.nodes[v].upos != "VERB" {
            return None;
        }
        let rel = if lex.appointing_lemmas.contains(lemma) {
            if self.tree_passive(v) { "nsubj:pass" } else { "obj" }
        } else if lex.serving_lemmas.contains(lemma) && as_case {
            "nsubj"
        } else {
            return None;
        };
        let person = |m: usize| self.a.mentions[m].entity.is_some_and(|e| self.entities[e].kind == EntityType::Person);
        // The parser sometimes makes the pronoun of "who … was appointed" a plain subject.
        let relative_subject = tree.children(v).iter().copied().filter(|&c| base(&tree.nodes[c].deprel) == "nsubj" && self.a.lower[c] == "who");
        tree.children_by(v, rel).chain(relative_subject).find_map(|c| {
            // "Timur Iskakov, who was appointed General Director": the person "who" stands for.
            if self.a.lower[c] == "who" {
                let e = self.antecedent(owner, c)?;
                return (self.entities[e].kind == EntityType::Person).then(|| self.a.mentions.iter().position(|m| m.entity == Some(e))).flatten();
            }
            self.core_mention(owner, c).filter(|&m| person(m))
        })
    }

    /// The mention a noun phrase stands for: the rightmost mention among the words of its
    /// core (the node with its compounds, flat names and descriptors, without modifiers
    /// such as "in Astana"), so "OSCE Secretary General Thomas Greminger" is the person
    /// however the parser picked the head.
    fn core_mention(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        let tree = &self.a.tree;
        let mut core = vec![t];
        let mut k = 0;
        while k < core.len() {
            let h = core[k];
            core.extend(tree.children(h).iter().copied().filter(|&c| matches!(tree.nodes[c].deprel.as_str(), "compound" | "flat" | "flat:name" | "nmod:desc" | "amod" | "det" | "nummod")));
            k += 1;
        }
        let found = core.into_iter().filter_map(|c| owner[c].map(|m| (c, m))).max_by_key(|&(c, _)| c).map(|(_, m)| m)?;
        // "organised by the Pokhara hospital": a place modifying a body's head noun says
        // which body, and is not the one that acts.
        let body_noun = owner[t].is_none() && tree.nodes[t].upos == "NOUN" && self.a.lex.org_heads.contains_key(self.a.lower[t].as_str());
        // ("by the Tampere studio collective Musta Neula": nor one modifying a noun that a
        // name in apposition to it names.)
        let named_noun = || {
            owner[t].is_none()
                && tree.nodes[t].upos == "NOUN"
                && self.post_word(t).is_none()
                && tree.children_by(t, "appos").any(|a| owner[a].is_some_and(|m| self.a.mentions[m].is_name(EntityType::Organization) || self.a.mentions[m].is_name(EntityType::Person)))
        };
        (!((body_noun || named_noun()) && self.a.mentions[found].is_name(EntityType::Place))).then_some(found)
    }

    /// The antecedent of a relative pronoun: the clause's head noun when the tree says so,
    /// else the mention that ends right before the pronoun (", which" / " who").
    fn antecedent(&self, owner: &[Option<usize>], pronoun: usize) -> Option<usize> {
        let tree = &self.a.tree;
        let clause = tree.nodes[pronoun].head?;
        if tree.nodes[clause].deprel == "acl:relcl" {
            if let Some(h) = tree.nodes[clause].head {
                let direct = owner[h].and_then(|m| self.entity(m));
                // "Kevin Roy, a research scientist at the centre who took part": "who" is the
                // person the apposition describes, not the post noun nor the body in it.
                if self.a.lower[pronoun] == "who" && direct.is_none_or(|e| self.entities[e].kind != EntityType::Person) {
                    if let Some(p) = self.person_apposed(owner, h) {
                        return Some(p);
                    }
                }
                if let Some(e) = direct {
                    return Some(e);
                }
            }
        }
        let mut k = pronoun;
        if k > 0 && self.a.word(k - 1) == "," {
            k -= 1;
        }
        let m = self.mention_ending(k, |kind| matches!(kind, MentionKind::Name { .. } | MentionKind::Event { .. }))?;
        (self.a.sentence_of[self.a.mentions[m].tokens.start] == self.a.sentence_of[pronoun]).then(|| self.entity(m)).flatten()
    }

    /// The named person whose apposition holds noun `t`, itself or through at most two "of"
    /// or "at" phrases ("Ana Berg, a farmer", "Ana Berg, a scientist at the centre").
    fn person_apposed(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        let tree = &self.a.tree;
        let mut n = t;
        for _ in 0..3 {
            let up = tree.nodes[n].head?;
            match tree.nodes[n].deprel.as_str() {
                "appos" => {
                    let m = owner[up].filter(|&m| self.a.mentions[m].is_name(EntityType::Person))?;
                    return self.entity(m);
                }
                "nmod" if owner[up].is_none() => n = up,
                _ => return None,
            }
        }
        None
    }

    /// The mention of kind `kind` that a descriptive noun `t` (one of `nouns`) names through
    /// a dependent introduced by one of `cases`: "representatives of the World Bank" (the
    /// body they stand for), "the southern city of Osh", "a unit of the OSCE Secretariat".
    fn named_through(&self, owner: &[Option<usize>], t: usize, noun: impl Fn(&str) -> bool, cases: &[&str], kind: EntityType) -> Option<usize> {
        let tree = &self.a.tree;
        if !noun(self.a.lower[t].as_str()) {
            return None;
        }
        tree.children_by(t, "nmod")
            .filter(|&c| tree.case_of(c, &self.a.lower).is_some_and(|p| cases.contains(&p.as_str())))
            .find_map(|c| self.core_mention(owner, c))
            .filter(|&m| self.a.mentions[m].is_name(kind))
    }

    /// "representatives of the World Bank attended": the body that people stand for.
    fn delegated_by(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        self.named_through(owner, t, |w| self.a.lex.delegate_nouns.contains(w), &["of", "from"], EntityType::Organization)
    }

    /// "the southern city of Osh", "the province of Helmand": the place's mention.
    fn place_described(&self, owner: &[Option<usize>], t: usize) -> Option<usize> {
        self.named_through(owner, t, |w| self.a.lex.place_of_nouns.contains(w), &["of"], EntityType::Place)
    }

    /// "was not attended by", "never hosted": a negated verb states no relation.
    fn negated(&self, v: usize) -> bool {
        let tree = &self.a.tree;
        tree.children_by(v, "advmod").any(|c| matches!(self.a.lower[c].as_str(), "not" | "n't" | "never"))
    }

    /// The person who is the subject of speech verb `v`, if the tree names one.
    pub(super) fn tree_speaker(&self, v: usize) -> Option<usize> {
        if self.a.tree.is_empty() {
            return None;
        }
        let owner = &self.owner;
        let person = |e: &usize| self.entities[*e].kind == EntityType::Person;
        for s in self.tree_subjects(v, false) {
            if let Some(e) = self.coordinated(owner, s).into_iter().find(person) {
                return Some(e);
            }
            // "UNHCR Representative in Afghanistan Caroline Van Buren told": a title heads the
            // subject and the name hangs below it.
            let tree = &self.a.tree;
            let mut stack = vec![s];
            while let Some(t) = stack.pop() {
                if let Some(e) = owner[t].and_then(|m| self.entity(m)).filter(person) {
                    return Some(e);
                }
                stack.extend(tree.children(t).iter().copied().filter(|&c| matches!(base(&tree.nodes[c].deprel), "appos" | "nmod" | "flat" | "compound")));
            }
        }
        None
    }

    /// Entities named by `t` and its conjuncts.
    fn coordinated(&self, owner: &[Option<usize>], t: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for (i, c) in self.a.tree.with_conjuncts(t).into_iter().enumerate() {
            // "supported by a $3,500 Community Impact Grant from the City of Ballarat", "funded
            // by a grant from X": the money stands for the one it comes from.
            let instrument = owner[c].map_or(self.a.lower[c].as_str(), |m| self.a.lower[self.a.mentions[m].tokens.end - 1].as_str());
            if crate::extract::mentions::FUNDING_NOUNS.contains(&instrument) {
                let giver = self.a.tree.children_by(c, "nmod").find(|&n| self.a.tree.case_of(n, &self.a.lower).as_deref() == Some("from")).and_then(|n| self.node_entity(owner, n));
                if let Some(e) = giver.filter(|&e| self.entities[e].kind != EntityType::Place) {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                    continue;
                }
            }
            // A post heading the phrase may stand for several persons the parser hung below it.
            if self.core_mention(owner, c).is_none() {
                let persons = self.post_holders(owner, c, true);
                if persons.len() > 1 {
                    out.extend(persons.into_iter().filter(|e| !out.contains(e)).collect::<Vec<_>>());
                    continue;
                }
            }
            // ("by Kelsa Bank president Ana Berg": the officer, who acts for the body.)
            // ("organised by the velodrome's operator, Corporación Deportiva Los Farallones,":
            // a noun that names no one stands for the name in apposition to it.)
            // (A post word so only for a body: "the velodrome's operator"; persons after a post
            // are the post rules' business.)
            let apposed = || {
                let post = self.post_word(c).is_some();
                (self.core_mention(owner, c).is_none() && self.a.tree.nodes[c].upos == "NOUN")
                    .then(|| self.a.tree.children_by(c, "appos").next())
                    .flatten()
                    .and_then(|a| self.node_entity(owner, a))
                    .filter(|&e| self.entities[e].kind == EntityType::Organization || (!post && self.entities[e].kind == EntityType::Person))
            };
            if let Some(e) = self.holder_after_body(owner, c).or_else(|| self.node_entity(owner, c)).or_else(apposed) {
                // "X, UNFPA Country Representative, and Y": a post the parser took for a
                // conjunct is X's apposition; the body in it takes no part.
                if i > 0 && self.post_word(c).is_some() && self.entities[e].kind != EntityType::Person {
                    continue;
                }
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    fn is_event(&self, e: usize) -> bool {
        self.entities[e].kind == EntityType::Event
    }

    /// Whether verb `v` is passive in the tree: a passive auxiliary or subject, an agent,
    /// or a bare past participle modifying a noun ("the seminar organized by X").
    fn tree_passive(&self, v: usize) -> bool {
        self.a.tree.is_passive(v)
    }

    /// The subjects of verb `v`, inherited from the first verb of a coordination ("X
    /// organized and hosted Y").
    fn tree_subjects(&self, v: usize, passive: bool) -> Vec<usize> {
        let tree = &self.a.tree;
        let rel = if passive { "nsubj:pass" } else { "nsubj" };
        let mut found: Vec<usize> = tree.children_by(v, rel).collect();
        if found.is_empty() && tree.nodes[v].deprel == "conj" {
            if let Some(h) = tree.nodes[v].head {
                found = tree.children_by(h, rel).collect();
            }
        }
        found
    }

    /// "X handed over ambulances to Y", "equipment donated by X to Y": the giver and the
    /// recipient of a gift take their roles in the event of the entry's class that the
    /// report tells of: the one in the verb's sentence, else the nearest within two
    /// sentences (a report often states the gift first and its ceremony after). A giver
    /// already stated as the event's organizer is not also its sponsor.
    pub(super) fn tree_transfers(&mut self) {
        if self.a.tree.is_empty() {
            return;
        }
        let owner = std::mem::take(&mut self.owner);
        let lex = self.a.lex;
        let tree = &self.a.tree;
        for v in 0..self.a.tokens.len() {
            if self.a.in_quote[v] || tree.nodes[v].upos != "VERB" || self.negated(v) {
                continue;
            }
            let Some(rule) = lex.verbs.iter().filter(|r| r.voice == Voice::Transfer).find(|r| {
                r.forms.iter().any(|f| self.words_at(v, &f.iter().map(String::as_str).collect::<Vec<_>>()))
            }) else {
                continue;
            };
            let (Some(class), Some(recipient_relation)) = (&rule.reported_event, &rule.recipient_relation) else { continue };
            let Some(ev) = self.reported_event_near(v, class) else { continue };
            let passive = self.tree_passive(v);
            let mut givers: Vec<usize> = Vec::new();
            let mut recipients: Vec<usize> = Vec::new();
            if !passive {
                for s in self.tree_subjects(v, false) {
                    givers.extend(self.coordinated(&owner, s));
                    // (The parser may hang "through JICA" on the subject.)
                    for n in tree.children_by(s, "nmod").filter(|&n| tree.case_of(n, &self.a.lower).as_deref() == Some("through")) {
                        givers.extend(self.coordinated(&owner, n));
                    }
                }
            }
            // "to Y" on the verb, or on the gift where the parser hangs it.
            let mut to_phrases: Vec<usize> = Vec::new();
            for &c in tree.children(v) {
                let d = base(&tree.nodes[c].deprel);
                let case = tree.case_of(c, &self.a.lower);
                if passive && (tree.nodes[c].deprel == "obl:agent" || (d == "obl" && case.as_deref() == Some("by"))) {
                    givers.extend(self.coordinated(&owner, c));
                } else if d == "obl" && case.as_deref() == Some("through") {
                    // "The Government of Japan, through JICA, has donated": the agency gives too.
                    givers.extend(self.coordinated(&owner, c));
                } else if (d == "obl" && case.as_deref() == Some("to")) || d == "iobj" {
                    to_phrases.push(c);
                } else if matches!(d, "obj" | "obl") {
                    // ("handed over three stations to Y": the parser may take "over" for a
                    // preposition and the gift for an oblique.)
                    to_phrases.extend(tree.children_by(c, "nmod").filter(|&n| tree.case_of(n, &self.a.lower).as_deref() == Some("to")));
                }
            }
            for c in to_phrases {
                recipients.extend(self.coordinated(&owner, c));
            }
            let evidence = self.a.tokens[v].span;
            givers.retain(|&g| !self.is_event(g));
            recipients.retain(|&r| !self.is_event(r));
            for giver in givers {
                let organizer = self.facts.iter().any(|f| f.subject == ev && f.predicate == Predicate::Organizer && f.object == Object::Entity(giver));
                if rule.relation == "sponsor" && organizer {
                    continue;
                }
                self.event_fact(ev, giver, rule.relation.as_str(), rule.person_relation.as_deref(), evidence, "tree-transfer-giver");
            }
            for recipient in recipients {
                self.event_fact(ev, recipient, recipient_relation.as_str(), None, evidence, "tree-transfer-recipient");
            }
            // "X handed over on Monday a station to Y. The handover ceremony, …": the day of
            // the gift is the day of its ceremony, where the report dates it nowhere else.
            if !self.facts.iter().any(|f| f.subject == ev && f.predicate == Predicate::Date) {
                let dates: Vec<(Vec<String>, crate::document::Span)> = tree
                    .children(v)
                    .iter()
                    .filter(|&&c| matches!(tree.nodes[c].deprel.as_str(), "obl" | "obl:tmod" | "obl:npmod"))
                    .filter_map(|&c| self.a.mentions.iter().find(|m| m.tokens.contains(&c) && matches!(m.kind, MentionKind::Date { .. })))
                    .filter_map(|m| match &m.kind {
                        MentionKind::Date { values } => Some((values.clone(), m.span)),
                        _ => None,
                    })
                    .collect();
                for (values, span) in dates {
                    for value in values {
                        self.add(ev, Predicate::Date, Object::Date(value), span, "tree-transfer-date", 0.7);
                    }
                }
            }
        }
        self.owner = owner;
    }

    /// The event of class `class` that token `t` reports on: named in its sentence (the
    /// nearest), else in the next sentence, the one before, then two after or before; none
    /// where its sentence names an event of another class.
    fn reported_event_near(&self, t: usize, class: &str) -> Option<usize> {
        let si = self.a.sentence_of[t] as isize;
        // "the campaign is supported by the Rotary Club, which donated vaccine carriers":
        // a gift in a sentence about another kind of event is part of that one.
        let other_here = self.a.order.iter().map(|&m| &self.a.mentions[m]).any(|m| {
            !m.nested && !m.in_quote && m.entity_type() == Some(EntityType::Event) && self.a.sentence_of[m.tokens.start] as isize == si && m.entity.is_some_and(|e| self.entities[e].class != class)
        });
        if other_here {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for &m in &self.a.order {
            let mention = &self.a.mentions[m];
            if mention.nested || mention.in_quote || mention.entity_type() != Some(EntityType::Event) {
                continue;
            }
            let Some(e) = mention.entity.filter(|&e| self.entities[e].class == class) else { continue };
            let ms = self.a.sentence_of[mention.tokens.start] as isize;
            let rank = match ms - si {
                0 => 0,
                1 => 1,
                -1 => 2,
                2 => 3,
                -2 => 4,
                _ => continue,
            };
            let distance = if mention.tokens.start > t { mention.tokens.start - t } else { t - mention.tokens.end.min(t) };
            let key = rank * 10_000 + distance;
            if best.is_none_or(|(k, _)| key < k) {
                best = Some((key, e));
            }
        }
        best.map(|(_, e)| e)
    }

    /// Verbs of the lexicon and their arguments in the tree.
    fn tree_verbs(&mut self, owner: &[Option<usize>]) {
        let lex = self.a.lex;
        let tree = &self.a.tree;
        for v in 0..self.a.tokens.len() {
            if self.a.in_quote[v] || tree.nodes[v].upos != "VERB" {
                continue;
            }
            if self.negated(v) {
                continue;
            }
            let passive = self.tree_passive(v);
            for rule in &lex.verbs {
                let wanted = if passive { Voice::Passive } else { Voice::Active };
                if rule.voice != wanted {
                    continue;
                }
                let Some(form) = rule.forms.iter().find(|f| {
                    let words: Vec<&str> = f.iter().map(String::as_str).collect();
                    // Multi-word forms start at their verb ("took part in", "have signed"
                    // starts at "have": the verb itself is matched as the last word).
                    self.words_at(v, &words) || (words.len() > 1 && v + 1 >= words.len() && self.words_at(v + 1 - words.len(), &words) && !words.last().is_some_and(|w| ["in", "at", "to"].contains(w)))
                }) else {
                    continue;
                };
                // "took part in": the event is the oblique introduced by the final preposition.
                let preposition = form.last().filter(|w| matches!(w.as_str(), "in" | "at" | "to" | "with")).cloned().filter(|_| form.len() > 1);
                let evidence = self.a.tokens[v].span;
                let mut events: Vec<usize> = Vec::new();
                let mut args: Vec<usize> = Vec::new();
                // Events the subject owns ("opened its sixth Southern Sky Week").
                let mut own_events: Vec<usize> = Vec::new();
                if passive {
                    for s in self.tree_subjects(v, true) {
                        events.extend(self.coordinated(owner, s));
                    }
                    // A participle or relative clause on the event noun.
                    if matches!(tree.nodes[v].deprel.as_str(), "acl" | "acl:relcl" | "amod") {
                        if let Some(h) = tree.nodes[v].head {
                            events.extend(self.node_entity(owner, h));
                        }
                    }
                    let first_agent = tree.children(v).iter().copied().find(|&c| tree.nodes[c].deprel == "obl:agent");
                    for c in tree.children(v).iter().copied() {
                        let d = tree.nodes[c].deprel.as_str();
                        // "attended by X, and by Y": the parser may hang the second agent on
                        // the verb as a conjunct; so too "opened by the President of X, Ana
                        // Ruiz, and the Governor of Y, Tomas Ortega", whose long first agent
                        // leaves the second without its "by".
                        let by = tree.case_of(c, &self.a.lower).as_deref() == Some("by");
                        let after_agent = first_agent.is_some_and(|f| f < c) && tree.case_of(c, &self.a.lower).is_none();
                        let second_agent = d == "conj" && by && tree.nodes[c].upos != "VERB";
                        // ("hosted by X … and funded by Y": the parser may hang Y on the first
                        // verb; an agent right after a conjoined verb's "by" is that verb's.)
                        let of_conjoined_verb = tree.children(v).iter().any(|&cv| cv < c && tree.nodes[cv].deprel == "conj" && tree.nodes[cv].upos == "VERB" && self.a.lower.get(cv + 1).is_some_and(|w| w == "by") && tree.children(c).contains(&(cv + 1)));
                        if of_conjoined_verb {
                            continue;
                        }
                        if d == "obl:agent" || (base(d) == "obl" && by) || second_agent {
                            args.extend(self.coordinated(owner, c));
                        } else if d == "conj" && after_agent && tree.nodes[c].upos != "VERB" {
                            // (Only persons so: "…, as well as alumni of the programme" names none.)
                            args.extend(self.coordinated(owner, c).into_iter().filter(|&e| self.entities[e].kind == EntityType::Person));
                        }
                    }
                } else {
                    for s in self.tree_subjects(v, false) {
                        args.extend(self.coordinated(owner, s));
                    }
                    // ("the largest exhibition the museum has staged": a relative clause with
                    // no pronoun, a subject of its own and no object is about its noun.)
                    let zero_relative = preposition.is_none()
                        && tree.nodes[v].deprel == "acl:relcl"
                        && tree.children_by(v, "nsubj").next().is_some()
                        && tree.children_by(v, "obj").next().is_none()
                        && !tree.children(v).iter().any(|&c| matches!(self.a.lower[c].as_str(), "which" | "that" | "who" | "whom" | "where" | "when"));
                    if zero_relative {
                        if let Some(h) = tree.nodes[v].head.filter(|&h| h < v) {
                            events.extend(self.node_entity(owner, h));
                        }
                    }
                    for c in tree.children(v).iter().copied() {
                        let d = base(tree.nodes[c].deprel.as_str());
                        let takes = match &preposition {
                            Some(p) => d == "obl" && tree.case_of(c, &self.a.lower).as_deref() == Some(p.as_str()),
                            None => d == "obj",
                        };
                        // "the Forum, which the UNESCO Office will convene", "a relief
                        // operation that the Red Cross launched": the relative pronoun as
                        // object stands for the event the clause modifies.
                        // ("a place at the European Championship, which the Confederation will
                        // stage": where the parser hangs the clause on a noun that names
                        // nothing, the name right before the comma is what "which" stands for.)
                        if takes && preposition.is_none() && matches!(self.a.lower[c].as_str(), "which" | "that") && tree.nodes[v].deprel == "acl:relcl" {
                            if let Some(h) = tree.nodes[v].head {
                                events.extend(self.node_entity(owner, h).or_else(|| self.antecedent(owner, c)));
                            }
                            continue;
                        }
                        // (The parser may read that "that" as a marker and the clause as a
                        // plain modifier; the clause has its own subject and no object.)
                        let object_relative = preposition.is_none()
                            && c < v
                            && d == "mark"
                            && matches!(self.a.lower[c].as_str(), "which" | "that")
                            && matches!(tree.nodes[v].deprel.as_str(), "acl" | "acl:relcl")
                            && tree.children_by(v, "nsubj").next().is_some()
                            && tree.children_by(v, "obj").next().is_none();
                        if object_relative {
                            if let Some(h) = tree.nodes[v].head.filter(|&h| h < c) {
                                events.extend(self.node_entity(owner, h));
                            }
                            continue;
                        }
                        if takes {
                            let objects = self.coordinated(owner, c);
                            if tree.children_by(c, "nmod:poss").any(|p| matches!(self.a.lower[p].as_str(), "its" | "their")) {
                                own_events.extend(objects.iter().copied());
                            }
                            events.extend(objects);
                        }
                    }
                }
                events.retain(|&e| self.is_event(e));
                args.retain(|&e| !self.is_event(e));
                let rule_name = if passive { "tree-verb-passive" } else { "tree-verb-active" };
                for &ev in &events {
                    for &arg in &args {
                        // "The Planetarium opened its sixth Sky Week": a body opening, closing
                        // or joining its own event holds it.
                        let own = own_events.contains(&ev) && rule.relation == "participant" && self.entities[arg].kind == EntityType::Organization;
                        let relation = if own { "organizer" } else { rule.relation.as_str() };
                        self.event_fact(ev, arg, relation, rule.person_relation.as_deref(), evidence, if own { "tree-own-event" } else { rule_name });
                    }
                }
                break;
            }
        }
    }

    /// "The seminar was held in Almaty", "a course, which concluded in Oslo", "a seminar
    /// in Almaty": places introduced by in/at on a verb whose subject or object is the
    /// event (a relative pronoun standing for it), on a clause modifying the event noun, or
    /// on the event noun itself.
    fn tree_locations(&mut self, owner: &[Option<usize>]) {
        let a = self.a;
        let tree = &a.tree;
        // (event entity, event mention, token whose in/at dependents are its places)
        let mut anchors: Vec<(usize, usize, usize)> = Vec::new();
        // (event entity, event mention, verb the event is "for")
        let mut gatherings: Vec<(usize, usize, usize)> = Vec::new();
        for &m in &self.a.order {
            let mention = &self.a.mentions[m];
            if mention.nested || mention.in_quote || mention.entity_type() != Some(EntityType::Event) {
                continue;
            }
            let Some(ev) = mention.entity else { continue };
            let Some(head) = self.mention_head(m) else { continue };
            // "an agreement for the supply of power to its mine in Kiruna": a document's own
            // phrase says what it is about; only a verb says where it was signed.
            if !self.is_document(m) {
                anchors.push((ev, m, head));
            }
            // "arrived in Astana on an official visit": the visit's verb has its places.
            let on_visit = base(&tree.nodes[head].deprel) == "obl" && self.entities[ev].class == "Visit" && tree.case_of(head, &self.a.lower).as_deref() == Some("on");
            // "600 people gathered at the Memorial on Sunday for the commemoration": where
            // people gather for an event is where it happens.
            let for_event = base(&tree.nodes[head].deprel) == "obl" && tree.case_of(head, &self.a.lower).as_deref() == Some("for");
            let gathered_for = for_event && tree.nodes[head].head.is_some_and(|v| matches!(tree.nodes[v].lemma.as_str(), "gather" | "assemble" | "convene" | "congregate"));
            if for_event {
                if let Some(v) = tree.nodes[head].head.filter(|&v| tree.nodes[v].upos == "VERB") {
                    gatherings.push((ev, m, v));
                }
            }
            // "Volunteers worked at Kelsa Bay on Saturday during the annual Clean-Up Day",
            // "two records fell at the Stadium during the Championships": what is done
            // during an event is done where the event is.
            let done_during = base(&tree.nodes[head].deprel) == "obl" && tree.case_of(head, &self.a.lower).as_deref() == Some("during") && tree.nodes[head].head.is_some_and(|v| tree.nodes[v].upos == "VERB");
            if matches!(tree.nodes[head].deprel.as_str(), "nsubj" | "nsubj:pass" | "obj") || on_visit || gathered_for || done_during {
                anchors.extend(tree.nodes[head].head.map(|v| (ev, m, v)));
            }
            // "The contest was organised by X and ran from 24 to 28 May at the Old Town Hall":
            // a verb joined to the event's own verb, with no subject of its own, tells of the
            // event too.
            if matches!(tree.nodes[head].deprel.as_str(), "nsubj" | "nsubj:pass") {
                if let Some(v) = tree.nodes[head].head {
                    for c in tree.children_by(v, "conj").collect::<Vec<_>>() {
                        if tree.nodes[c].upos == "VERB" && !tree.children(c).iter().any(|&k| base(&tree.nodes[k].deprel) == "nsubj") {
                            anchors.push((ev, m, c));
                        }
                    }
                }
            }
            for c in tree.children(head) {
                if matches!(tree.nodes[*c].deprel.as_str(), "acl" | "acl:relcl") {
                    anchors.push((ev, m, *c));
                }
            }
            // "the Certamen Joven de Tango, a competition for couples that will take place on
            // 1 March at Sala Zitarrosa": a common noun in apposition describes the event, and
            // its clause tells of the event too.
            // (The parser may hang the clause on the noun's own modifier, "couples"; only an
            // event takes place or is held.)
            let takes_place = |v: usize| match tree.nodes[v].lemma.as_str() {
                "take" => tree.children_by(v, "obj").any(|o| a.lower[o] == "place"),
                "hold" => tree.children_by(v, "nsubj:pass").next().is_some(),
                _ => false,
            };
            for d in tree.children_by(head, "appos").filter(|&d| tree.nodes[d].upos == "NOUN" && owner[d].is_none()) {
                for c in tree.children(d) {
                    if matches!(tree.nodes[*c].deprel.as_str(), "acl" | "acl:relcl") {
                        anchors.push((ev, m, *c));
                    }
                }
                for n in tree.children_by(d, "nmod") {
                    anchors.extend(tree.children_by(n, "acl:relcl").filter(|&c| takes_place(c)).map(|c| (ev, m, c)));
                }
            }
        }
        // "It is being held at the Academy of Justice", "it is taking place in the Kumayri
        // Cultural Centre": "it" for the event, as the subject of a verb of taking place.
        for (m, mention) in self.a.mentions.iter().enumerate() {
            if mention.in_quote || !matches!(&mention.kind, MentionKind::Reference { word } if word == "it") {
                continue;
            }
            let Some(ev) = mention.entity.filter(|&e| self.is_event(e)) else { continue };
            let t = mention.tokens.start;
            let Some(v) = tree.nodes[t].head.filter(|_| matches!(tree.nodes[t].deprel.as_str(), "nsubj" | "nsubj:pass")) else { continue };
            // ("It was sponsored by Fiji Airways, and started and finished at Deuba Beach": a
            // verb of starting or ending joined to the pronoun's verb, with no subject of its
            // own, tells of the event too.)
            let occurring = |v: usize| matches!(tree.nodes[v].lemma.as_str(), "hold" | "take" | "run" | "convene" | "start" | "finish" | "begin" | "end" | "conclude");
            let own_subject = |c: usize| tree.children(c).iter().any(|&k| base(&tree.nodes[k].deprel) == "nsubj");
            let joined = tree.with_conjuncts(v).into_iter().filter(|&c| c == v || (tree.nodes[c].upos == "VERB" && !own_subject(c)));
            for v in joined.filter(|&v| occurring(v)).collect::<Vec<_>>() {
                if let Some(&(_, em, _)) = anchors.iter().find(|a| a.0 == ev) {
                    anchors.push((ev, em, v));
                } else {
                    anchors.push((ev, m, v));
                }
            }
        }
        // "…, which concluded in Almaty" attached anywhere: the pronoun names the event.
        for v in 0..self.a.tokens.len() {
            for s in tree.children(v).iter().copied().filter(|&c| base(&tree.nodes[c].deprel) == "nsubj") {
                if !RELATIVE.contains(&self.a.lower[s].as_str()) {
                    continue;
                }
                if let Some(ev) = self.antecedent(owner, s).filter(|&e| self.is_event(e)) {
                    if let Some(&(_, m, _)) = anchors.iter().find(|a| a.0 == ev) {
                        anchors.push((ev, m, v));
                    }
                }
            }
        }
        // "80 archers converged on the Leith Valley Archery Range for the championships",
        // "1,600 visitors passed through the doors of the Drill Hall for the Pen Show",
        // "fans packed the Osa Arena for the final": the one place people came to, filled or
        // entered for an event is where it was held.
        // (Not a country or a region: "who travelled to Vietnam for the boat show" says less
        // than where the show was.)
        let broad = |pm: usize| a.mentions[pm].entity.is_some_and(|p| matches!(self.entities[p].class.as_str(), "Country" | "Region"));
        // The events a sentence names outside quotations (mentions, in text order).
        let events_named_in = |si: usize| -> Vec<usize> { a.order.iter().copied().filter(|&m| a.mentions[m].sentence == si && !a.mentions[m].nested && !a.mentions[m].in_quote && a.mentions[m].entity_type() == Some(EntityType::Event)).collect() };
        // "brought some 350 translators, interpreters and students to the Hall": the parser
        // may hang the place on the people brought (or on one of a list of them).
        let people_brought_to = |v: usize| -> Vec<usize> {
            tree.children_by(v, "obj")
                .flat_map(|o| tree.with_conjuncts(o))
                .flat_map(|o| tree.children(o).iter().copied().filter(|&n| matches!(tree.nodes[n].deprel.as_str(), "nmod" | "obl") && tree.case_of(n, &a.lower).as_deref() == Some("to")).collect::<Vec<_>>())
                .collect()
        };
        // ("Organisers of the third Caribbean Ink Comic Festival say close to 9,000 people
        // passed through the Savannah Exhibition Centre over the weekend": with no "for", the
        // one event its sentence names.)
        for v in 0..a.tokens.len() {
            if tree.nodes[v].upos != "VERB" || !matches!(tree.nodes[v].lemma.as_str(), "pass" | "pack" | "fill" | "throng" | "squeeze" | "cram" | "flock" | "converge" | "descend") || gatherings.iter().any(|g| g.2 == v) {
                continue;
            }
            let si = a.sentence_of[v];
            let events = events_named_in(si);
            if let [m] = events[..] {
                if let Some(ev) = a.mentions[m].entity {
                    gatherings.push((ev, m, v));
                }
            }
        }
        // "beating X 2-1 in front of about 3,000 spectators at Praia Mole", "before a crowd
        // of 4,500 at the Osa Arena": where the onlookers were is where the one event their
        // sentence names was held.
        for t in 0..a.tokens.len() {
            if a.in_quote[t] || !matches!(a.lower[t].as_str(), "spectators" | "fans" | "crowd" | "onlookers" | "supporters") {
                continue;
            }
            let Some(c) = tree.children_by(t, "nmod").find(|&c| tree.case_of(c, &a.lower).as_deref() == Some("at")) else { continue };
            let Some(pm) = owner[c].filter(|&pm| a.mentions[pm].is_name(EntityType::Place) && !broad(pm)) else { continue };
            let si = a.sentence_of[t];
            let events = events_named_in(si);
            if let ([m], Some(p)) = (&events[..], a.mentions[pm].entity) {
                if let Some(ev) = a.mentions[*m].entity {
                    let span = a.mentions[*m].span.cover(a.mentions[pm].span);
                    self.add(ev, Predicate::Location, Object::Entity(p), span, "tree-event-place", 0.75);
                }
            }
        }
        for &(ev, m, v) in &gatherings {
            let lemma = tree.nodes[v].lemma.as_str();
            // (place entity, its mention)
            let mut places: Vec<(usize, usize)> = Vec::new();
            for &c in tree.children(v) {
                let case = tree.case_of(c, &a.lower);
                let d = tree.nodes[c].deprel.as_str();
                let target = match (lemma, d, case.as_deref()) {
                    ("converge" | "descend", "obl", Some("on" | "upon")) => Some(c),
                    // ("More than a thousand visitors squeezed into Sligo's Riverside Pavilion
                    // at the weekend for the society's annual spring exhibition")
                    ("flock" | "come" | "travel" | "head" | "return" | "stream" | "pour" | "crowd" | "squeeze" | "cram" | "pack" | "file", "obl", Some("to" | "into")) => Some(c),
                    // ("the club welcomed 240 athletes to Sunfish Beach Park for the triathlon")
                    // (The parser may hang the place on the people: "240 athletes to Sunfish
                    // Beach Park".)
                    ("welcome" | "draw" | "attract" | "bring", "obl", Some("to")) => Some(c),
                    ("welcome" | "draw" | "attract" | "bring", "obj", _) => people_brought_to(v).first().copied(),
                    ("fill" | "pack" | "throng", "obj", _) => Some(c),
                    // ("through the doors of the Drill Hall": the place the doors are of.)
                    ("pass" | "come" | "stream" | "pour" | "walk" | "flock", "obl", Some("through")) if a.lower[c] == "doors" => tree.children_by(c, "nmod").find(|&n| tree.case_of(n, &a.lower).as_deref() == Some("of")),
                    // ("9,000 people passed through the Savannah Exhibition Centre")
                    ("pass" | "stream" | "file", "obl", Some("through")) => Some(c),
                    _ => None,
                };
                let Some(t) = target.filter(|&t| !a.in_quote[t]) else { continue };
                let Some(pm) = owner[t].filter(|&pm| a.mentions[pm].is_name(EntityType::Place) && !broad(pm) && !a.mentions[m].tokens.contains(&t)) else { continue };
                // ("brought four poets from Scotland to Kochi for the occasion": who brings
                // guests to a town says less than where the festival was.)
                if matches!(lemma, "welcome" | "draw" | "attract" | "bring") && a.mentions[pm].entity.is_some_and(|p| self.entities[p].class == "City") {
                    continue;
                }
                places.extend(a.mentions[pm].entity.map(|p| (p, pm)));
            }
            places.dedup();
            if let [(p, pm)] = places[..] {
                let span = a.mentions[m].span.cover(a.mentions[pm].span);
                self.add(ev, Predicate::Location, Object::Entity(p), span, "tree-event-place", 0.75);
            }
        }
        for (ev, m, anchor) in anchors {
            let noun = tree.nodes[anchor].upos != "VERB";
            let rel = if noun { "nmod" } else { "obl" };
            let mut found = Vec::new();
            // ("will take place on 29 February at Sala Zitarrosa": the parser may hang the
            // place on the date before it; a date has no place of its own.)
            // ("on 29 February and 1 March at Sala Zitarrosa": on the last date of a list.)
            let date_word = |d: usize| {
                let month_or_day = |k: usize| crate::text::dates::MONTHS_AND_DAYS.contains(&a.lower[k].as_str());
                month_or_day(d) || (tree.nodes[d].upos == "NUM" && tree.children(d).iter().any(|&k| month_or_day(k)))
            };
            let mut heads: Vec<usize> = tree.children_by(anchor, rel).collect();
            for d in heads.clone() {
                if date_word(d) {
                    for k in tree.with_conjuncts(d) {
                        heads.extend(tree.children_by(k, "nmod"));
                    }
                }
            }
            // ("which brought some 350 translators to the Thang Long Conference Hall")
            if !noun && matches!(tree.nodes[anchor].lemma.as_str(), "draw" | "attract" | "bring") {
                heads.extend(people_brought_to(anchor));
            }
            for c in heads {
                // ("a ceremony on Akhunbaev Street": "on" a street, too.)
                let on_street = || {
                    noun && tree.case_of(c, &a.lower).as_deref() == Some("on")
                        && owner[c].is_some_and(|pm| super::super::mentions::is_venue(&a.mentions[pm]) && super::super::mentions::STREET_WORDS.contains(&a.lower[a.mentions[pm].tokens.end - 1].as_str()))
                };
                // ("the fourth Youth Track Cup returns to Cali", "the festival moves to the
                // Old Mill": an event going "to" a place is held there.)
                let moved_to = || !noun && tree.case_of(c, &a.lower).as_deref() == Some("to") && matches!(tree.nodes[anchor].lemma.as_str(), "return" | "move" | "come" | "draw" | "attract" | "bring") && tree.children_by(anchor, "nsubj").any(|s| owner[s] == Some(m) || a.mentions[m].tokens.contains(&s) || RELATIVE.contains(&a.lower[s].as_str()));
                if a.in_quote[c] || !(tree.case_of(c, &a.lower).as_deref().is_some_and(|p| LOCATIVE_CASES.contains(&p)) || on_street() || moved_to()) {
                    continue;
                }
                let Some(pm) = owner[c].or_else(|| self.place_described(owner, c)) else { continue };
                // The event's own words ("the visit to Astana") are read by the name rules.
                if a.mentions[m].tokens.contains(&c) || !a.mentions[pm].is_name(EntityType::Place) {
                    continue;
                }
                // "signed an agreement with X for the supply of power to its mine in Kiruna":
                // past the document's own modifiers, a place is what it is about.
                // ("was signed on Tuesday in Oslo" is where it was signed.)
                let mention_end = a.mentions[m].tokens.end;
                let own_modifier = mention_end < a.tokens.len() && matches!(a.lower[mention_end].as_str(), "for" | "on" | "to" | "with" | "about" | "worth");
                if self.is_document(m) && c > mention_end && own_modifier {
                    continue;
                }
                // "led by Judge X of the Court of Appeal in Stockholm": a place right after
                // the body someone is "of" is where the body is, whatever the parser
                // attached it to.
                let first = a.mentions[pm].tokens.start;
                let after_body = first >= 2 && (0..a.mentions.len()).any(|o| a.mentions[o].tokens.end == first - 1 && a.mentions[o].is_name(EntityType::Organization) && super::affiliation_of(a, o));
                if after_body {
                    continue;
                }
                if let Some(p) = a.mentions[pm].entity {
                    found.push((p, pm, c));
                }
            }
            // "came to a close at Humo Arena in Tashkent": the parser may hang the town on the
            // verb and the venue elsewhere; the venue right before "in <town>" is where it
            // happened (the town is the venue's address).
            if let [(_, pm, _)] = found[..] {
                let start = a.mentions[pm].tokens.start;
                let venue = (start >= 3 && a.lower[start - 1] == "in")
                    .then(|| self.mention_ending(start - 1, |k| matches!(k, MentionKind::Name { kind: EntityType::Place, .. })))
                    .flatten()
                    .filter(|&v| super::super::mentions::is_venue(&a.mentions[v]) && !a.in_quote[a.mentions[v].tokens.start]);
                // "at Humo Arena", "at the Kamariny Stadium".
                let introduced = |v: usize| {
                    let mut k = a.mentions[v].tokens.start;
                    if k >= 1 && a.lower[k - 1] == "the" {
                        k -= 1;
                    }
                    k >= 1 && LOCATIVE_CASES.contains(&a.lower[k - 1].as_str())
                };
                if let Some(v) = venue.filter(|&v| introduced(v)) {
                    if let Some(place) = a.mentions[v].entity {
                        let span = a.mentions[m].span.cover(a.mentions[v].span);
                        self.add(ev, Predicate::Location, Object::Entity(place), span, "tree-event-place", 0.75);
                        continue;
                    }
                }
            }
            // One place per clause: two would be a list the other rules read better.
            if let [(p, pm, c)] = found[..] {
                let span = a.mentions[m].span.cover(a.mentions[pm].span);
                self.add(ev, Predicate::Location, Object::Entity(p), span, "tree-event-place", 0.75);
                // "in Tbilisi, Batumi and Kutaisi": every place of a list closed by "and"
                // ("in Almaty, Kazakhstan" is no list).
                let conjuncts = tree.with_conjuncts(c);
                let closed = conjuncts.iter().any(|&k| tree.children_by(k, "cc").any(|cc| matches!(a.lower[cc].as_str(), "and" | "or")));
                if closed {
                    for &k in &conjuncts[1..] {
                        let Some(km) = owner[k] else { continue };
                        if !a.mentions[km].is_name(EntityType::Place) || a.mentions[m].tokens.contains(&k) {
                            continue;
                        }
                        if let Some(kp) = a.mentions[km].entity.filter(|&kp| kp != p) {
                            let span = a.mentions[m].span.cover(a.mentions[km].span);
                            self.add(ev, Predicate::Location, Object::Entity(kp), span, "tree-event-place", 0.75);
                        }
                    }
                }
            }
        }
    }

    /// "Kevin O'Brien, a spokesman for the theater": a person with an apposition headed by
    /// a post word, whose of/for/at modifier names an organization. The organization may
    /// also stand before the post word ("Tal, a senior Defense Ministry official", "Acme
    /// spokesman Craig Martin").
    fn tree_appositions(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        let lex = self.a.lex;
        for &m in &self.a.order.clone() {
            let mention = &self.a.mentions[m];
            if mention.nested || mention.in_quote || !mention.is_name(EntityType::Person) {
                continue;
            }
            let Some(person) = mention.entity else { continue };
            let Some(head) = self.mention_head(m) else { continue };
            let organization = |om: usize| self.entity(om).filter(|&e| self.entities[e].kind == EntityType::Organization);
            let mut found: Vec<(usize, usize, &str, bool)> = Vec::new(); // (org mention, org, rule, head)
            let mut lower_posts: Vec<(String, crate::extract::Span)> = Vec::new();
            // "X, chairman of Y" and, with a copula, "X is the chairman of Y"; "Acme
            // spokesman X" puts the post word among the name's compounds.
            let mut posts: Vec<usize> = tree.children_by(head, "appos").collect();
            // ("Prof Dr Sushila Adhikari, vice-chancellor of the university": the parser may
            // head the name with the honorific before it and hang the post there.)
            if let Some(h) = tree.nodes[head].head.filter(|&h| h < mention.tokens.start && matches!(tree.nodes[head].deprel.as_str(), "flat" | "flat:name" | "compound")) {
                // (Capitalised words no name took, as ranks and "Prof" are: `owner` holds no
                // title mentions.)
                let honorifics = mention.tokens.start - h <= 3 && (h..mention.tokens.start).all(|k| owner[k].is_none() && super::super::mentions::is_cap(self.a.word(k)));
                if honorifics {
                    posts.extend(tree.children_by(h, "appos"));
                }
            }
            posts.extend(self.copular_predicate(head));
            // ("said X, who has been president of the society since 2017": after a speech
            // verb the parser may hang the post on the name as a relative clause, "who" its
            // subject and "been" its copula.)
            posts.extend(tree.children_by(head, "acl:relcl").filter(|&r| {
                matches!(tree.nodes[r].upos.as_str(), "NOUN" | "PROPN")
                    && tree.children_by(r, "cop").next().is_some()
                    && tree.children(r).iter().any(|&c| base(&tree.nodes[c].deprel) == "nsubj" && self.a.lower[c] == "who")
            }));
            posts.extend(tree.children(head).iter().copied().filter(|&c| c < mention.tokens.start && matches!(tree.nodes[c].deprel.as_str(), "compound" | "nmod:desc")));
            // "the Foreign Ministry spokesman, Grigory Karasin": the name in apposition to a
            // post before it.
            // (Not past another post right before the name: "X, director of the genebank,
            // who handed it to the community's president, Y".)
            if tree.nodes[head].deprel == "appos" {
                posts.extend(tree.nodes[head].head.filter(|&p| p < mention.tokens.start && !(p + 1..mention.tokens.start).any(|k| self.post_word(k).is_some())));
            }
            // "X, a professor of law and president of the Y Foundation": every post of a list.
            // A conjunct past another person's name is that person's post ("X, Head of
            // the Office, and Y, Deputy Chairman of Z").
            // ("the utility's director, X, and the fund's representative, Y": nor a conjunct
            // with another person's name in apposition.)
            let other_person = |k: usize| owner[k].is_some_and(|om| om != m && self.a.mentions[om].is_name(EntityType::Person));
            let own_conjuncts = |p: usize| {
                tree.with_conjuncts(p).into_iter().take_while(|&cj| !other_person(cj) && (cj == p || !tree.children_by(cj, "appos").any(other_person))).collect::<Vec<_>>()
            };
            let mut posts: Vec<usize> = posts.into_iter().flat_map(own_conjuncts).collect();
            // "X, leader of the party and president of the Y": the parser often joins the
            // second post to the first one's modifier ("party"), not to the first post.
            for p in posts.clone() {
                for c in tree.children_by(p, "nmod").collect::<Vec<_>>() {
                    for cj in own_conjuncts(c).into_iter().skip(1) {
                        if self.post_word(cj).is_some() && !posts.contains(&cj) {
                            posts.push(cj);
                        }
                    }
                }
            }
            for post in posts {
                let Some(title) = self.post_word(post) else { continue };
                let found_before = found.len();
                let mut tied = false;
                // "X of the Inspectorate, who presented data, and Dr. Y, Deputy Director of Z":
                // a post past another person's name is that person's, whatever the parser hung
                // it on.
                let other_person_between = post > mention.tokens.end
                    && self.a.mentions.iter().enumerate().any(|(o, om)| o != m && om.is_name(EntityType::Person) && !om.nested && om.tokens.start >= mention.tokens.end && om.tokens.end <= post && om.entity != mention.entity);
                if other_person_between {
                    continue;
                }
                // "Governor X, officers of the Coast Guard and Dr. Y": a plural post is a
                // further item of a list, no one person's post.
                if tree.nodes[post].xpos == "NNS" && !self.a.lex.titles.contains_key(self.a.lower[post].as_str()) {
                    continue;
                }
                // A weakening modifier ("deputy", "former") makes the post no headship.
                // So does a field after "for" ("Commissioner for Youth Affairs"), which the
                // title mention read as part of the post.
                // So does an adjective naming a field ("the coalition's legal coordinator",
                // "medical director"): it heads that area of work, not the body.
                // So does a noun in lower case naming what is directed ("the Trust's festival
                // director", "its programme manager"): the post runs that, not the body.
                let field = |c: usize| {
                    let w = self.a.lower[c].as_str();
                    let lower_case = self.a.word(c).starts_with(char::is_lowercase);
                    (tree.nodes[c].deprel == "amod" && !lex.title_modifiers.contains(w) && (w.ends_with("al") || w.ends_with("ic")))
                        || (tree.nodes[c].deprel == "compound" && c + 1 == post && lower_case && tree.nodes[c].upos == "NOUN" && !lex.title_modifiers.contains(w) && !lex.titles.contains_key(w) && owner[c].is_none())
                };
                let weakened = tree.children(post).iter().any(|&c| lex.weakening.contains(self.a.lower[c].as_str()) || field(c))
                    || self.a.mentions.iter().any(|t| t.tokens.contains(&post) && matches!(t.kind, MentionKind::Title { head: false, .. }));
                let heads = title.head && !weakened;
                // "UNHCR's Head of Sub-Office in Jalalabad", "UNICEF's Head of Field Office in
                // Kandahar": a post of a unit, named or not, heads the unit, not the body that
                // owns it.
                let of_unit = tree.children_by(post, "nmod").any(|c| {
                    tree.case_of(c, &self.a.lower).as_deref() == Some("of") && !owner[c].is_some_and(|om| self.a.mentions[om].is_name(EntityType::Place))
                });
                for c in tree.children_by(post, "nmod").collect::<Vec<_>>() {
                    let case = tree.case_of(c, &self.a.lower);
                    let by_case = case.as_deref().is_some_and(|p| POST_CASES.contains(&p));
                    let possessive = tree.nodes[c].deprel == "nmod:poss";
                    if !(by_case || possessive) {
                        continue;
                    }
                    tied = true;
                    let Some(om) = owner[c] else { continue };
                    let Some(org) = organization(om) else { continue };
                    // "head of the Chair of Energy Systems at the University": the post heads
                    // the unit named after "of", and works for the body after "at".
                    let other_than_of = case.as_deref().is_some_and(|p| p != "of");
                    // "Director General at the Ministry of Foreign Affairs": a post "at" a
                    // ministry is one in it; its head is a minister "of" it.
                    let at_ministry = case.as_deref() == Some("at") && self.entities[org].class == "Ministry";
                    found.push((om, org, "tree-apposition-post", heads && !at_ministry && !((possessive || other_than_of) && of_unit)));
                }
                // "a Yale University law professor": the body names the post, through
                // compounds only, so "a Paris-based spokesman" or "a press officer" name none.
                let mut compounds: Vec<usize> = tree.children_by(post, "compound").collect();
                let mut k = 0;
                while k < compounds.len() {
                    compounds.extend(tree.children_by(compounds[k], "compound"));
                    k += 1;
                }
                for c in compounds {
                    let Some(om) = owner[c].filter(|&om| self.a.mentions[om].tokens.end <= post && !self.a.mentions[om].tokens.contains(&head)) else { continue };
                    let Some(org) = organization(om) else { continue };
                    if !found.iter().any(|f| f.0 == om) {
                        found.push((om, org, "tree-post-compound", heads && !of_unit));
                    }
                }
                // "Ana Ruiz, the planetarium's executive director", "Ali Kaya, who is also
                // president of the Y", "the Y technical director, Ana Ruiz": a post in lower
                // case that gave the person a body is no title mention; it is the post held.
                // So is a post of the lexicon held in a body the text does not name ("Ana
                // Ruiz, head coach of the national junior team"); an occupation there is
                // often no post ("a nurse at a local clinic").
                let titled = self.a.mentions.iter().any(|t| t.tokens.contains(&post) && matches!(t.kind, MentionKind::Title { .. }));
                let unnamed_body = tied && lex.titles.contains_key(self.a.lower[post].as_str());
                if (found.len() > found_before || unnamed_body) && !titled && self.a.word(post).starts_with(char::is_lowercase) {
                    let mut start = post;
                    // ("the newly elected president": words of the moment are no part of it.)
                    while start > 0
                        && !mention.tokens.contains(&(start - 1))
                        && self.a.word(start - 1).starts_with(char::is_lowercase)
                        && !super::super::mentions::WORDS_OF_THE_MOMENT.contains(&self.a.lower[start - 1].as_str())
                        && tree.nodes[start - 1].head == Some(post)
                        && matches!(tree.nodes[start - 1].deprel.as_str(), "amod" | "compound")
                    {
                        start -= 1;
                    }
                    // ("the seed bank's head of collections": with its area of work.)
                    let sentence_end = self.a.sentences[self.a.sentence_of[post]].tokens.end;
                    let end = self.a.lower_case_field_end(post + 1, sentence_end).unwrap_or(post + 1);
                    let span = self.a.tokens[start].span.cover(self.a.tokens[end - 1].span);
                    let text = self.a.text[span.start..span.end].to_string();
                    // ("Ana Ruiz, a member of the club": belonging is no post.)
                    if text != "member" {
                        lower_posts.push((text, mention.span.cover(span)));
                    }
                }
            }
            for (text, evidence) in lower_posts {
                self.add(person, Predicate::Position, Object::Text(text), evidence, "tree-lower-post", 0.7);
            }
            for (om, org, rule, heads) in found {
                let evidence = mention.span.cover(self.a.mentions[om].span);
                self.add(person, Predicate::Employer, Object::Entity(org), evidence, rule, 0.75);
                if heads {
                    self.add(person, Predicate::HeadOf, Object::Entity(org), evidence, rule, 0.7);
                }
            }
        }
    }

    /// Organization and place mentions that can be the subject of locatedIn, as (mention,
    /// kind, entity, head token); the same for every rule that places them.
    fn locatable_mentions(&self) -> Vec<(usize, EntityType, usize, usize)> {
        self.a
            .order
            .iter()
            .filter_map(|&m| {
                let mention = &self.a.mentions[m];
                // ("The Trust, which is based in Fort Kochi": a body referred to.)
                let referred = matches!(&mention.kind, MentionKind::Reference { word } if !matches!(word.as_str(), "it" | "they" | "them" | "he" | "she" | "him" | "her"))
                    .then(|| mention.entity.filter(|&e| self.entities[e].kind == EntityType::Organization).map(|_| EntityType::Organization))
                    .flatten();
                let kind = mention.entity_type().filter(|k| matches!(k, EntityType::Organization | EntityType::Place)).or(referred)?;
                if mention.nested || mention.in_quote {
                    return None;
                }
                Some((m, kind, mention.entity?, self.mention_head(m)?))
            })
            .collect()
    }

    /// Where organizations and places are: "the embassy in Jakarta", "a district in Loei
    /// Province", "a firm based in Lyon", "Beijing's Tiananmen Square" and "Springfield,
    /// Illinois" (a place in apposition to a place).
    fn tree_places_of(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for (m, kind, subject, head) in self.locatable_mentions() {
            let mention = &self.a.mentions[m];
            let mut targets: Vec<(usize, &str)> = Vec::new();
            let mut nearer_seats: Vec<(usize, usize)> = Vec::new();
            for c in tree.children(head).iter().copied() {
                let d = tree.nodes[c].deprel.as_str();
                let case = tree.case_of(c, &self.a.lower);
                // "the embassy in Jakarta", "Dan Sai District in Loei Province"; but "the
                // OSCE in Kazakhstan" is a body spanning countries at work in one.
                let international = self.entities[subject].class == "InternationalOrganization";
                if base(d) == "nmod" && case.as_deref() == Some("in") && !international {
                    targets.push((c, "tree-in-place"));
                }
                // "Beijing's Tiananmen Square", "Russia's Defence Ministry": a place as the
                // possessor of a named place or body is where it is.
                // (Not "St. John's, Newfoundland", whose "'s" is its own name's.)
                if d == "nmod:poss" && c < mention.tokens.start && tree.children(c).iter().any(|&k| tree.nodes[k].deprel == "case" && owner[k] != owner[c]) {
                    targets.push((c, "tree-possessive-place"));
                }
                // "based in Lyon" on the organization, also as a relative clause ("which is
                // headquartered in Lyon"); "Lyon-based" is read by the name rules.
                // (Not "the Laboratory at the Mekong Institute, which is based in Long Xuyen",
                // where the clause is the nearer body's, whatever the parse says.)
                let nearer_body = if d == "acl:relcl" {
                    (mention.tokens.end..c).find(|&k| matches!(self.a.lower[k].as_str(), "which" | "that")).and_then(|w| {
                        (w >= 2 && self.a.word(w - 1) == ",").then(|| owner[w - 2].filter(|&o| o != m && self.a.mentions[o].is_name(EntityType::Organization))).flatten()
                    })
                } else {
                    None
                };
                if kind == EntityType::Organization && matches!(d, "acl" | "amod" | "acl:relcl") && self.a.lex.seat_words.contains(&self.a.lower[c]) && !self.negated(c) {
                    let seats: Vec<usize> = tree.children_by(c, "obl").filter(|&o| tree.case_of(o, &self.a.lower).as_deref() == Some("in")).collect();
                    match nearer_body {
                        None => targets.extend(seats.into_iter().map(|o| (o, "tree-based-in"))),
                        Some(o) => nearer_seats.extend(seats.into_iter().map(|s| (o, s))),
                    }
                }
                // "Torbud Rail, a contractor based in Katowice", "Al-Nour Trading Co., an
                // importer based in Karachi": the seat of what the body is described as.
                if kind == EntityType::Organization && d == "appos" && owner[c].is_none() && (self.a.lex.org_heads.contains_key(self.a.lower[c].as_str()) || tree.nodes[c].upos == "NOUN") {
                    for s in tree.children(c).iter().copied().filter(|&s| matches!(tree.nodes[s].deprel.as_str(), "acl" | "amod") && self.a.lex.seat_words.contains(&self.a.lower[s]) && !self.negated(s)) {
                        targets.extend(tree.children_by(s, "obl").filter(|&o| tree.case_of(o, &self.a.lower).as_deref() == Some("in")).map(|o| (o, "tree-based-in")));
                    }
                }
                // "Place, Place" with nothing between but the comma; parsers read it as an
                // apposition or as the first two items of a list, so a list is ruled out by
                // the words around: no "and"/"or" or third place after it, none before.
                if kind == EntityType::Place && matches!(d, "appos" | "conj") && c > head {
                    if let Some(pm) = owner[c] {
                        let second = self.a.mentions[pm].tokens.clone();
                        let adjacent = second.start == mention.tokens.end + 1 && self.a.word(mention.tokens.end) == ",";
                        let word_at = |k: usize| self.a.lower.get(k).map(String::as_str).unwrap_or(".");
                        let mut after = second.end;
                        if word_at(after) == "," {
                            after += 1;
                        }
                        let list_after = matches!(word_at(after), "and" | "or") || owner.get(after).copied().flatten().is_some_and(|n| self.a.mentions[n].is_name(EntityType::Place));
                        let start = mention.tokens.start;
                        let list_before = start >= 2 && word_at(start - 1) == "," && owner[start - 2].is_some_and(|n| self.a.mentions[n].is_name(EntityType::Place));
                        // "Jackson, Wyo., and Gunnison, Colo.": a town before a state or
                        // province is an address even inside a list.
                        let class = |n: usize| match &self.a.mentions[n].kind {
                            MentionKind::Name { class, .. } => class.as_str(),
                            _ => "",
                        };
                        // Not "Dallas, Texas, Ohio and Utah", where more states follow.
                        let next = if matches!(word_at(after), "and" | "or") { after + 1 } else { after };
                        let states_follow = owner.get(next).copied().flatten().is_some_and(|n| matches!(class(n), "Region" | "Country"));
                        let address = class(pm) == "Region" && !matches!(class(m), "Region" | "Country") && !states_follow;
                        // "The capital of Bosnia, Sarajevo": no country lies in a town, and
                        // a town after "the X of Y," names the X, not a place in Y.
                        let of_noun = tree.case_of(head, &self.a.lower).as_deref() == Some("of") && tree.nodes[head].head.is_some_and(|p| tree.nodes[p].upos == "NOUN");
                        let inverted = class(m) == "Country" || (class(m) == "Region" && !matches!(class(pm), "Region" | "Country")) || (of_noun && class(pm) == "City");
                        if adjacent && !inverted && (address || (!list_after && !list_before)) {
                            targets.push((c, "tree-place-apposition"));
                        }
                    }
                }
            }
            // "China's western region of Xinjiang", "the U.S. capital of Washington": the
            // place named through a place noun lies in the place that owns the noun.
            if kind == EntityType::Place && tree.case_of(head, &self.a.lower).as_deref() == Some("of") {
                // The noun must be a common one: in "the Lazio region of Italy" it belongs to
                // a name, and Italy is where that name lies.
                if let Some(noun) = tree.nodes[head].head.filter(|&p| owner[p].is_none() && base(&tree.nodes[p].deprel) != "appos" && self.place_described(owner, p) == Some(m)) {
                    targets.extend(tree.children(noun).iter().copied().filter(|&c| c < noun && matches!(tree.nodes[c].deprel.as_str(), "nmod:poss" | "compound")).map(|c| (c, "tree-place-noun-of")));
                }
            }
            for (o, t) in nearer_seats {
                let (Some(body), Some(pm)) = (self.entity(o), owner[t].filter(|&p| self.a.mentions[p].is_name(EntityType::Place))) else { continue };
                let Some(place) = self.entity(pm) else { continue };
                let span = self.a.mentions[o].span.cover(self.a.mentions[pm].span);
                self.add(body, Predicate::LocatedIn, Object::Entity(place), span, "tree-based-in", 0.7);
            }
            for (t, rule) in targets {
                let Some(pm) = owner[t] else { continue };
                if pm == m || !self.a.mentions[pm].is_name(EntityType::Place) {
                    continue;
                }
                let Some(place) = self.entity(pm) else { continue };
                let span = mention.span.cover(self.a.mentions[pm].span);
                self.add(subject, Predicate::LocatedIn, Object::Entity(place), span, rule, 0.7);
            }
        }
    }

    /// The noun a copula makes `subject` ("X is a town", "X was the chairman"): the head
    /// of `subject` when `subject` is its nominal subject and it has a copula.
    fn copular_predicate(&self, subject: usize) -> Option<usize> {
        let tree = &self.a.tree;
        let n = &tree.nodes[subject];
        let p = n.head.filter(|_| base(&n.deprel) == "nsubj")?;
        (tree.children_by(p, "cop").next().is_some() && matches!(tree.nodes[p].upos.as_str(), "NOUN" | "PROPN")).then_some(p)
    }

    /// Where a place or organization is, stated by what it is: "X is a town in Y", "X, the
    /// capital of Y", "X is a company headquartered in Y", "X is located in Y". The place
    /// reached may itself be placed in the same phrase ("the Y district of Z", "in Y, Z"):
    /// X is then in Z too, as the text says.
    fn tree_place_descriptions(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for (m, kind, subject, head) in self.locatable_mentions() {
            let mention = &self.a.mentions[m];
            let nouns = if kind == EntityType::Place { &self.a.lex.place_class_nouns } else { &self.a.lex.org_class_nouns };
            // The describing nouns (with their conjuncts: "a town and commune of Y") and the
            // seat words whose "in" gives the place.
            let mut described: Vec<usize> = tree.children_by(head, "appos").filter(|&c| c > head).collect();
            described.extend(self.copular_predicate(head));
            // "Bosnia's capital, Sarajevo": the name in apposition to the describing noun.
            if tree.nodes[head].deprel == "appos" {
                described.extend(tree.nodes[head].head.filter(|&p| p < head && owner[p].is_none()));
            }
            // A noun with a proper name of its own ("Brazil, the Sahara desert in Africa", a
            // list the parser read as an apposition) names another place, not X.
            let named = |d: usize| tree.children_by(d, "compound").any(|c| tree.nodes[c].upos == "PROPN");
            let conjuncts: Vec<usize> = described.into_iter().flat_map(|d| tree.with_conjuncts(d)).collect();
            let mut described: Vec<usize> = conjuncts.iter().copied().filter(|&d| nouns.contains(tree.nodes[d].lemma.as_str()) && !named(d)).collect();
            // ("a riding school, livery yard and competition venue in Tandil": the place
            // phrase hangs on the last of the nouns, whatever that one is.)
            if let Some(&last) = conjuncts.iter().max().filter(|_| !described.is_empty()) {
                if !described.contains(&last) && !named(last) && tree.nodes[last].upos == "NOUN" {
                    described.push(last);
                }
            }
            let mut seats: Vec<usize> = Vec::new();
            let mut places: Vec<usize> = Vec::new();
            for &d in &described {
                for c in tree.children(d).iter().copied() {
                    let rel = tree.nodes[c].deprel.as_str();
                    let case = tree.case_of(c, &self.a.lower);
                    let of_ok = kind == EntityType::Place;
                    // ("Fieldstone Mills, an organic flour miller from Brandon": a firm's
                    // home town.)
                    let from_ok = kind == EntityType::Organization && case.as_deref() == Some("from");
                    if base(rel) == "nmod" && (case.as_deref() == Some("in") || (of_ok && case.as_deref() == Some("of")) || from_ok) {
                        places.push(c);
                    }
                    // "Sarajevo, Bosnia's capital".
                    if of_ok && rel == "nmod:poss" {
                        places.push(c);
                    }
                    if matches!(rel, "acl" | "amod") && self.a.lex.seat_words.contains(&self.a.lower[c]) {
                        seats.push(c);
                    }
                }
            }
            // "X is located in Y": the participle heads the clause.
            if let Some(p) = tree.nodes[head].head.filter(|_| base(&tree.nodes[head].deprel) == "nsubj") {
                if self.a.lex.seat_words.contains(&self.a.lower[p]) {
                    seats.push(p);
                }
            }
            for v in seats {
                places.extend(tree.children_by(v, "obl").filter(|&o| tree.case_of(o, &self.a.lower).as_deref() == Some("in")));
            }
            // (The located mention and the place: X in Y, or, for "in Y, Z", Y in Z.)
            let mut found: Vec<(usize, usize)> = Vec::new();
            for mut t in places {
                // "in the south of Y", "in the city of Y", "in the U.S. state of Y": the
                // place is Y.
                let lemma = tree.nodes[t].lemma.as_str();
                if owner[t].is_none() && (self.a.lex.place_part_nouns.contains(lemma) || self.a.lex.place_class_nouns.contains(lemma)) {
                    // ("a suburb in Canberra’s north": the part's possessor.)
                    let possessor = || tree.children(t).iter().copied().find(|&c| tree.nodes[c].deprel == "nmod:poss" && c < t);
                    let Some(of) = tree.children_by(t, "nmod").find(|&c| tree.case_of(c, &self.a.lower).as_deref() == Some("of")).or_else(possessor) else { continue };
                    t = of;
                }
                let Some(pm) = self.core_mention(owner, t).filter(|&pm| self.a.mentions[pm].is_name(EntityType::Place)) else { continue };
                found.push((m, pm));
                // One step up, only as the same phrase states it: "the Y district of Z" puts
                // X in Z, and so does "a town in Y, Z"; but a body "headquartered in Y, Z" has an
                // address: Y is in Z, and the body only in Y.
                for c in tree.children(t).iter().copied() {
                    let rel = tree.nodes[c].deprel.as_str();
                    let case = tree.case_of(c, &self.a.lower);
                    let comma_next = c == self.a.mentions[pm].tokens.end + 1 && self.a.word(self.a.mentions[pm].tokens.end) == ",";
                    let of_phrase = base(rel) == "nmod" && matches!(case.as_deref(), Some("of" | "in"));
                    if of_phrase || (matches!(rel, "appos" | "conj" | "nmod:unmarked") && comma_next) {
                        if let Some(zm) = self.core_mention(owner, c).filter(|&zm| zm != pm && self.a.mentions[zm].is_name(EntityType::Place)) {
                            found.push((if of_phrase || kind == EntityType::Place { m } else { pm }, zm));
                        }
                    }
                }
            }
            for (located, pm) in found {
                let (Some(located_entity), Some(place)) = (if located == m { Some(subject) } else { self.entity(located) }, self.entity(pm)) else { continue };
                let span = mention.span.cover(self.a.mentions[pm].span);
                self.add(located_entity, Predicate::LocatedIn, Object::Entity(place), span, "tree-place-description", 0.7);
            }
        }
    }

    /// "X joined Y as an economist / as its director": a person taking a post at an
    /// organization. Without the "as" post, joining is membership ("joined the party") or
    /// taking part ("joined the talks"), which is no employment.
    /// "The association, which has its offices in Westlands", "X has its headquarters in
    /// Y": a body is where it has its seat.
    fn tree_seats_had(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        for v in 0..tree.nodes.len() {
            if tree.nodes[v].lemma != "have" || tree.nodes[v].upos != "VERB" || self.negated(v) {
                continue;
            }
            let Some(seat) = tree.children_by(v, "obj").find(|&o| {
                let two = (o > 0).then(|| format!("{} {}", self.a.lower[o - 1], self.a.lower[o]));
                self.a.lex.seat_nouns.contains(self.a.lower[o].as_str()) || two.is_some_and(|t| self.a.lex.seat_nouns.contains(t.as_str()))
            }) else {
                continue;
            };
            let in_place = |t: usize, rel: &'static str| tree.children_by(t, rel).filter(|&c| tree.case_of(c, &self.a.lower).as_deref() == Some("in")).collect::<Vec<_>>();
            let places: Vec<usize> = in_place(seat, "nmod").into_iter().chain(in_place(v, "obl")).filter_map(|t| self.core_mention(owner, t)).filter(|&pm| self.a.mentions[pm].is_name(EntityType::Place)).collect();
            let [pm] = places[..] else { continue };
            let Some(s) = tree.children(v).iter().copied().find(|&c| base(&tree.nodes[c].deprel) == "nsubj") else { continue };
            let body = if RELATIVE.contains(&self.a.lower[s].as_str()) { self.antecedent(owner, s) } else { self.node_entity(owner, s) };
            let (Some(body), Some(place)) = (body.filter(|&b| self.entities[b].kind == EntityType::Organization), self.a.mentions[pm].entity) else { continue };
            let evidence = self.a.tokens[v].span.cover(self.a.mentions[pm].span);
            self.add(body, Predicate::LocatedIn, Object::Entity(place), evidence, "tree-seat-had", 0.75);
        }
        // "a launch it hosted at its national office in Parkes": "its" seat is the seat of
        // the body that is the clause's subject.
        for o in 0..tree.nodes.len() {
            let two = (o > 0).then(|| format!("{} {}", self.a.lower[o - 1], self.a.lower[o]));
            if !(self.a.lex.seat_nouns.contains(self.a.lower[o].as_str()) || two.is_some_and(|t| self.a.lex.seat_nouns.contains(t.as_str()))) {
                continue;
            }
            if !tree.children(o).iter().any(|&c| tree.nodes[c].deprel == "nmod:poss" && matches!(self.a.lower[c].as_str(), "its" | "their")) {
                continue;
            }
            let places: Vec<usize> = tree.children_by(o, "nmod").filter(|&c| tree.case_of(c, &self.a.lower).as_deref() == Some("in")).filter_map(|t| self.core_mention(owner, t)).filter(|&pm| self.a.mentions[pm].is_name(EntityType::Place)).collect();
            let [pm] = places[..] else { continue };
            let Some(v) = tree.nodes[o].head.filter(|&v| tree.nodes[v].upos == "VERB") else { continue };
            let Some(s) = tree.children(v).iter().copied().find(|&c| tree.nodes[c].deprel == "nsubj") else { continue };
            let body = if RELATIVE.contains(&self.a.lower[s].as_str()) { self.antecedent(owner, s) } else { self.node_entity(owner, s) };
            let (Some(body), Some(place)) = (body.filter(|&b| self.entities[b].kind == EntityType::Organization), self.a.mentions[pm].entity) else { continue };
            let evidence = self.a.tokens[o].span.cover(self.a.mentions[pm].span);
            self.add(body, Predicate::LocatedIn, Object::Entity(place), evidence, "tree-seat-of-its", 0.7);
        }
    }

    fn tree_joined_as(&mut self, owner: &[Option<usize>]) {
        let tree = &self.a.tree;
        let lex = self.a.lex;
        for v in 0..tree.nodes.len() {
            if tree.nodes[v].lemma != "join" || tree.nodes[v].upos != "VERB" {
                continue;
            }
            let post = tree.children_by(v, "obl").find(|&o| tree.case_of(o, &self.a.lower).as_deref() == Some("as"));
            let Some(post) = post else { continue };
            let Some(title) = self.post_word(post) else { continue };
            let weakened = tree.children(post).iter().any(|&c| lex.weakening.contains(self.a.lower[c].as_str()));
            let persons: Vec<usize> = self.tree_subjects(v, false).into_iter().flat_map(|t| self.coordinated(owner, t)).filter(|&e| self.entities[e].kind == EntityType::Person).collect();
            let orgs: Vec<usize> = tree.children_by(v, "obj").filter_map(|o| self.node_entity(owner, o)).filter(|&e| self.entities[e].kind == EntityType::Organization).collect();
            let evidence = self.a.tokens[v].span.cover(self.a.tokens[post].span);
            for &p in &persons {
                for &o in &orgs {
                    self.add(p, Predicate::Employer, Object::Entity(o), evidence, "tree-joined-as", 0.75);
                    if title.head && !weakened {
                        self.add(p, Predicate::HeadOf, Object::Entity(o), evidence, "tree-joined-as", 0.7);
                    }
                }
            }
        }
    }
}

/// For every token, the outermost non-nested mention (name, event or reference) that covers
/// it: the argument a tree node stands for.
pub(super) fn token_owners(a: &Analysis) -> Vec<Option<usize>> {
    let mut owner = vec![None; a.tokens.len()];
    for &m in &a.order {
        let mention = &a.mentions[m];
        if mention.nested || !matches!(mention.kind, MentionKind::Name { .. } | MentionKind::Event { .. } | MentionKind::Reference { .. }) {
            continue;
        }
        for t in mention.tokens.clone() {
            owner[t].get_or_insert(m);
        }
    }
    owner
}
