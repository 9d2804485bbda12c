//! The linker: chooses a Wikidata item (or none) for each extracted entity.
//!
//! A name alone is ambiguous ("Georgia", "Paris", "John Smith"), so the linker scores every
//! candidate item on four things and links only when the best is both good and clearly
//! better than the runner-up:
//!
//! - **name**: matched by the entity's main label or another form, by the item's label or an
//!   alias (names compared by [`normalize_name`]: diacritics folded, case and punctuation
//!   ignored, acronyms as aliases);
//! - **type**: the item's kind must be the entity's (a person never links to a city); items
//!   of unknown type are discounted, and never taken for a person;
//! - **popularity**: sitelinks (curated gazetteer entries count as popular);
//! - **document context**: the item's country (P17) or region (P131) is linked or named
//!   elsewhere in the document, or the item is the country of another linked entity.
//!
//! Sources are stacked: user indexes (`--index`) first, the bundled gazetteer last; the same
//! QID found in several sources is one candidate. With an [`OnlineLookup`] (`--online`), an
//! entity none of whose offline candidates is of its kind is also looked up on Wikidata's API,
//! and those candidates are scored the same way.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::gazetteer::{normalize_name, Gazetteer, GazetteerEntry};
use super::index::{IndexError, IndexRecord, WikidataIndex};
use super::online::OnlineLookup;
use super::types::kind_of_class;
use crate::document::Document;
use crate::extract::{Entity, EntityType, Extraction};

/// A candidate item for a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub qid: String,
    pub label: String,
    pub description: String,
    pub kind: Option<EntityType>,
    /// fg: class local name, when known ("City", "NewsAgency").
    pub class: Option<String>,
    /// P17 countries.
    pub countries: Vec<String>,
    /// P131 containing regions.
    pub located_in: Vec<String>,
    pub sitelinks: u32,
    /// In the hand-checked bundled gazetteer.
    pub curated: bool,
    /// Found by the item's label (not only an alias).
    pub by_label: bool,
}

/// Weights and thresholds of the scoring; [`LinkConfig::default`] is calibrated on the dev
/// gold set and GUM's train split (see README, "Linking").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkConfig {
    pub w_name: f32,
    pub w_popularity: f32,
    pub w_context: f32,
    /// Discount for items of unknown type.
    pub untyped_factor: f32,
    /// Sitelinks at which popularity saturates.
    pub popular_sitelinks: u32,
    /// The "no link" threshold on the best score.
    pub threshold: f32,
    /// Minimal lead of the best over the runner-up.
    pub min_margin: f32,
    /// Candidates read per name and index.
    pub max_candidates: usize,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig {
            w_name: 0.45,
            w_popularity: 0.35,
            w_context: 0.20,
            untyped_factor: 0.6,
            popular_sitelinks: 200,
            threshold: 0.6,
            min_margin: 0.05,
            max_candidates: 64,
        }
    }
}

/// One candidate source.
enum Source {
    Gazetteer(&'static Gazetteer),
    Index(Box<WikidataIndex>),
}

/// Candidate generation and disambiguation over stacked sources.
pub struct Linker {
    sources: Vec<Source>,
    /// Asked only for entities the offline sources give no candidate of their kind.
    online: Option<OnlineLookup>,
    pub config: LinkConfig,
}

impl std::fmt::Debug for Linker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<String> = self
            .sources
            .iter()
            .map(|s| match s {
                Source::Gazetteer(_) => "bundled gazetteer".to_string(),
                Source::Index(i) => i.path().display().to_string(),
            })
            .collect();
        f.debug_struct("Linker").field("sources", &names).field("online", &self.online).finish()
    }
}

/// The decision for one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDecision {
    /// The chosen item, if the best score passed the threshold and margin.
    pub chosen: Option<Candidate>,
    /// Best score (of the chosen or the rejected best candidate).
    pub score: f32,
    /// Best score minus the runner-up's.
    pub margin: f32,
    /// Scored candidates, best first.
    pub ranked: Vec<(Candidate, f32)>,
}

fn gazetteer_candidate(e: &GazetteerEntry, by_label: bool) -> Candidate {
    Candidate {
        qid: e.qid.clone(),
        label: e.label.clone(),
        description: String::new(),
        kind: kind_of_class(&e.class),
        class: Some(e.class.clone()),
        countries: e.country.iter().cloned().collect(),
        located_in: Vec::new(),
        sitelinks: 0,
        curated: true,
        by_label,
    }
}

fn index_candidate(ix: &WikidataIndex, r: &IndexRecord, by_label: bool) -> Candidate {
    let t = ix.item_type(r);
    Candidate {
        qid: format!("Q{}", r.qid),
        label: r.label.clone(),
        description: r.description.clone(),
        kind: t.map(|t| t.kind),
        class: t.map(|t| t.class.to_string()),
        countries: r.country.iter().map(|q| format!("Q{q}")).collect(),
        located_in: r.located_in.iter().map(|q| format!("Q{q}")).collect(),
        sitelinks: r.sitelinks,
        curated: false,
        by_label,
    }
}

/// Merges `b` (a lower-priority source's view of the same item) into `a`.
fn merge(a: &mut Candidate, b: Candidate) {
    a.by_label |= b.by_label;
    a.curated |= b.curated;
    a.sitelinks = a.sitelinks.max(b.sitelinks);
    if a.kind.is_none() {
        a.kind = b.kind;
        a.class = b.class;
    }
    if a.label.is_empty() {
        a.label = b.label;
    }
    if a.description.is_empty() {
        a.description = b.description;
    }
    for c in b.countries {
        if !a.countries.contains(&c) {
            a.countries.push(c);
        }
    }
    for c in b.located_in {
        if !a.located_in.contains(&c) {
            a.located_in.push(c);
        }
    }
}

fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}

impl Linker {
    /// The bundled gazetteer alone.
    pub fn bundled() -> Linker {
        Linker { sources: vec![Source::Gazetteer(Gazetteer::bundled())], online: None, config: LinkConfig::default() }
    }

    /// The bundled-gazetteer linker, built once (what `eval` uses).
    pub fn shared() -> &'static Linker {
        static SHARED: std::sync::OnceLock<Linker> = std::sync::OnceLock::new();
        SHARED.get_or_init(Linker::bundled)
    }

    /// User indexes (first has priority) stacked over the bundled gazetteer.
    pub fn with_indexes(paths: &[PathBuf]) -> Result<Linker, IndexError> {
        let mut sources = Vec::new();
        for p in paths {
            sources.push(Source::Index(Box::new(WikidataIndex::open(p)?)));
        }
        sources.push(Source::Gazetteer(Gazetteer::bundled()));
        Ok(Linker { sources, online: None, config: LinkConfig::default() })
    }

    /// Adds the online source (`--online`).
    pub fn with_online(mut self, online: OnlineLookup) -> Linker {
        self.online = Some(online);
        self
    }

    /// The online source, if any.
    pub fn online(&self) -> Option<&OnlineLookup> {
        self.online.as_ref()
    }

    /// Candidates for a name from every source, merged by QID, in source order.
    pub fn candidates(&self, name: &str) -> Vec<Candidate> {
        let key = normalize_name(name);
        if key.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<Candidate> = Vec::new();
        let mut add = |c: Candidate| match out.iter_mut().find(|x| x.qid == c.qid) {
            Some(x) => merge(x, c),
            None => out.push(c),
        };
        for s in &self.sources {
            match s {
                Source::Gazetteer(g) => {
                    for e in g.lookup(name) {
                        let by_label = normalize_name(&e.label) == key;
                        add(gazetteer_candidate(e, by_label));
                    }
                }
                Source::Index(ix) => {
                    for (r, by_label) in ix.lookup_key(&key, self.config.max_candidates) {
                        add(index_candidate(ix, &r, by_label));
                    }
                }
            }
        }
        out
    }

    /// The item with this QID in any source.
    pub fn by_qid(&self, qid: &str) -> Option<Candidate> {
        let mut found: Option<Candidate> = None;
        for s in &self.sources {
            let c = match s {
                Source::Gazetteer(g) => g.by_qid(qid).map(|e| gazetteer_candidate(e, true)),
                Source::Index(ix) => ix.by_qid(qid).map(|r| index_candidate(ix, &r, true)),
            };
            if let Some(c) = c {
                match &mut found {
                    Some(f) => merge(f, c),
                    None => found = Some(c),
                }
            }
        }
        found
    }

    fn popularity(&self, c: &Candidate) -> f32 {
        let p = ((1.0 + c.sitelinks as f32).ln() / (1.0 + self.config.popular_sitelinks as f32).ln()).min(1.0);
        if c.curated {
            p.max(0.8)
        } else {
            p
        }
    }

    /// Names of an entity worth looking up, with the weight of a match through each: the
    /// main label, then other forms. A person is looked up only by names of two or more
    /// words (a surname alone names too many people).
    fn lookup_names(e: &Entity) -> Vec<(String, f32)> {
        let mut out: Vec<(String, f32)> = Vec::new();
        for (i, name) in std::iter::once(&e.label).chain(&e.alt_labels).enumerate() {
            let words = name.split_whitespace().count();
            if e.kind == EntityType::Person && words < 2 {
                continue;
            }
            if words == 0 || (words == 1 && name.chars().count() < 2) {
                continue;
            }
            let w = if i == 0 { 1.0 } else if is_acronym(name) { 0.9 } else { 0.85 };
            let key = normalize_name(name);
            match out.iter_mut().find(|(k, _)| normalize_name(k) == key) {
                Some(x) => x.1 = x.1.max(w),
                None => out.push((name.clone(), w)),
            }
        }
        out
    }

    /// How a candidate's type weighs for an entity of `kind`; `None`: incompatible (another
    /// kind, or untyped for a person).
    fn type_factor(&self, c: &Candidate, kind: EntityType) -> Option<f32> {
        match c.kind {
            Some(k) if k == kind => Some(1.0),
            Some(_) => None,
            None if kind == EntityType::Person => None,
            None => Some(self.config.untyped_factor),
        }
    }

    /// Scores the candidates of one entity against a context (QIDs linked or named in the
    /// rest of the document, with their countries and regions).
    pub fn decide(&self, e: &Entity, context: &HashSet<String>) -> LinkDecision {
        let mut scored: HashMap<String, (Candidate, f32)> = HashMap::new();
        let mut add = |c: Candidate, w: f32| {
            let name_score = w * if c.by_label { 1.0 } else { 0.9 };
            match scored.get_mut(&c.qid) {
                Some(x) => x.1 = x.1.max(name_score),
                None => {
                    scored.insert(c.qid.clone(), (c, name_score));
                }
            }
        };
        let names = Self::lookup_names(e);
        let mut offline_fits = false;
        for (name, w) in &names {
            for c in self.candidates(name) {
                offline_fits |= self.type_factor(&c, e.kind).is_some();
                add(c, *w);
            }
        }
        if let (Some(online), false) = (&self.online, offline_fits) {
            for (name, w) in &names {
                for c in online.candidates(name) {
                    add(c, *w);
                }
            }
        }
        let cfg = &self.config;
        let mut ranked: Vec<(Candidate, f32)> = scored
            .into_values()
            .filter_map(|(c, name_score)| {
                let type_factor = self.type_factor(&c, e.kind)?;
                let mut ctx: f32 = 0.0;
                if c.countries.iter().any(|q| context.contains(q)) {
                    ctx += 0.5;
                }
                if c.located_in.iter().any(|q| context.contains(q)) {
                    ctx += 0.3;
                }
                if context.contains(&c.qid) {
                    ctx += 0.5;
                }
                let s = type_factor
                    * (cfg.w_name * name_score + cfg.w_popularity * self.popularity(&c) + cfg.w_context * ctx.min(1.0));
                Some((c, s))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.qid.cmp(&b.0.qid)));
        let score = ranked.first().map_or(0.0, |x| x.1);
        let margin = score - ranked.get(1).map_or(0.0, |x| x.1);
        let chosen = (score >= cfg.threshold && margin >= cfg.min_margin).then(|| ranked[0].0.clone());
        LinkDecision { chosen, score, margin, ranked }
    }

    /// Links every entity: a first pass without context, then a second in which each
    /// entity sees what the others linked to (and `named`: QIDs named anywhere in the
    /// document). Sets `wikidata` and `link_score` (score, margin), or clears them when the
    /// answer is "no link"; refines a generic `class` from the chosen item.
    pub fn link_entities(&self, entities: &mut [Entity], named: &HashSet<String>) -> Vec<LinkDecision> {
        let empty = HashSet::new();
        let first: Vec<LinkDecision> = entities.iter().map(|e| self.decide(e, &empty)).collect();
        let contributions: Vec<Vec<String>> = first
            .iter()
            .map(|d| match &d.chosen {
                Some(c) => std::iter::once(c.qid.clone()).chain(c.countries.iter().cloned()).chain(c.located_in.iter().cloned()).collect(),
                None => Vec::new(),
            })
            .collect();
        let mut decisions = Vec::with_capacity(entities.len());
        for (i, e) in entities.iter_mut().enumerate() {
            let mut context: HashSet<String> = named.clone();
            for (j, c) in contributions.iter().enumerate() {
                if j != i {
                    context.extend(c.iter().cloned());
                }
            }
            let d = self.decide(e, &context);
            match &d.chosen {
                Some(c) => {
                    e.wikidata = Some(c.qid.clone());
                    e.link_score = Some((round3(d.score), round3(d.margin)));
                    if let Some(class) = &c.class {
                        if e.class == e.kind.class_name() && kind_of_class(class) == Some(e.kind) {
                            e.class = class.clone();
                        }
                    }
                }
                None => {
                    e.wikidata = None;
                    e.link_score = None;
                }
            }
            decisions.push(d);
        }
        decisions
    }

    /// QIDs of the bundled gazetteer's countries whose label or an alias occurs in `text` as
    /// a whole word sequence ("… in Kazakhstan …").
    pub fn countries_named(&self, text: &str) -> HashSet<String> {
        let mut out = HashSet::new();
        for e in Gazetteer::bundled().entries().filter(|e| e.class == "Country") {
            for name in e.names() {
                if name.len() >= 4 && contains_word(text, name) {
                    out.insert(e.qid.clone());
                    break;
                }
            }
        }
        out
    }
}

fn contains_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let start = from + i;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = end;
    }
    false
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Links the entities of one document's extraction (see [`Linker::link_entities`]); the
/// document's text supplies the countries it names.
pub fn link_extraction(linker: &Linker, doc: &Document, ex: &mut Extraction) {
    let named = linker.countries_named(&doc.text);
    linker.link_entities(&mut ex.entities, &named);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: EntityType, label: &str, alts: &[&str]) -> Entity {
        Entity {
            kind,
            class: kind.class_name().to_string(),
            label: label.into(),
            alt_labels: alts.iter().map(|s| s.to_string()).collect(),
            wikidata: None,
            link_score: None,
            mentions: Vec::new(),
        }
    }

    #[test]
    fn bundled_links_by_label_alias_and_diacritics() {
        let l = Linker::bundled();
        let mut es = vec![
            entity(EntityType::Place, "Astana", &[]),
            entity(EntityType::Organization, "the OSCE", &[]),
            entity(EntityType::Place, "Nur-Sultan", &[]),
            entity(EntityType::Person, "Astana", &[]),
            entity(EntityType::Place, "Atlantis", &[]),
        ];
        let d = l.link_entities(&mut es, &HashSet::new());
        assert_eq!(es[0].wikidata.as_deref(), Some("Q1520"));
        assert_eq!(es[0].class, "City");
        assert_eq!(es[1].wikidata.as_deref(), Some("Q81299"));
        assert_eq!(es[2].wikidata.as_deref(), Some("Q1520"));
        assert_eq!(es[3].wikidata, None, "a person never links to a city");
        assert!(d[3].ranked.is_empty());
        assert_eq!(es[4].wikidata, None);
        let (score, margin) = es[0].link_score.unwrap();
        assert!(score >= l.config.threshold && margin > 0.0);
    }

    #[test]
    fn words_in_text() {
        assert!(contains_word("held in Kazakhstan.", "Kazakhstan"));
        assert!(!contains_word("Kazakhstani officials", "Kazakhstan"));
        let l = Linker::bundled();
        assert!(l.countries_named("a visit to Kazakhstan").contains("Q232"));
    }
}
