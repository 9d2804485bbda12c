//! CoNLL04 (Roth & Yih 2004) as an outside check on the relation extractor: text the rules
//! were never written against, scored strictly end to end at sentence level.
//!
//! ```sh
//! cargo run --example conll04 -- ../shared/data/conll04/conll04_dev.json [-v]
//! cargo test --example conll04      # scorer unit tests + a smoke run on a train slice
//! ```
//!
//! Mapping: Work_For → employer (Person → Organization); OrgBased_In → locatedIn
//! (Organization → Place); Located_In → locatedIn (Place → Place). Live_In and Kill have no
//! counterpart and are left out. Each sentence becomes one document: its tokens joined by
//! single spaces, so every gold entity has an exact byte span. A predicted fact stands for
//! the set of (subject mention, object mention) span pairs of its two entities; it matches a
//! gold relation when one pair equals the gold (head, tail) spans exactly and the entity
//! kinds agree with the gold types (Peop/Org/Loc = Person/Organization/Place). locatedIn
//! facts are typed by their subject: a Place subject is a Located_In prediction, any other
//! an OrgBased_In one. Facts with identical typed span-pair sets count once; matching is
//! one-to-one. The corpus is research-only: it is read from ../shared, never copied.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use factgraph::document::{Document, Span};
use factgraph::extract::{extract, EntityType, Extraction, Object, Predicate};
use serde::Deserialize;

#[path = "common/scoring.rs"]
mod scoring;
use scoring::{one_to_one, Counts, MissCause};

#[derive(Debug, Deserialize)]
struct RawSentence {
    tokens: Vec<String>,
    tags: Vec<String>,
    relations: Vec<RawRelation>,
}

#[derive(Debug, Deserialize)]
struct RawRelation {
    head: usize,
    tail: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// The three CoNLL04 relation types with a factgraph counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum RelType {
    WorkFor,
    OrgBasedIn,
    LocatedIn,
}

impl RelType {
    const ALL: [RelType; 3] = [RelType::WorkFor, RelType::OrgBasedIn, RelType::LocatedIn];

    fn parse(s: &str) -> Option<Self> {
        match s {
            "Work_For" => Some(RelType::WorkFor),
            "OrgBased_In" => Some(RelType::OrgBasedIn),
            "Located_In" => Some(RelType::LocatedIn),
            _ => None,
        }
    }

    /// The entity kinds the strict setting demands of (head, tail).
    fn signature(self) -> (EntityType, EntityType) {
        match self {
            RelType::WorkFor => (EntityType::Person, EntityType::Organization),
            RelType::OrgBasedIn => (EntityType::Organization, EntityType::Place),
            RelType::LocatedIn => (EntityType::Place, EntityType::Place),
        }
    }
}

impl fmt::Display for RelType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RelType::WorkFor => "Work_For→employer",
            RelType::OrgBasedIn => "OrgBased_In→locatedIn",
            RelType::LocatedIn => "Located_In→locatedIn",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct GoldEntity {
    /// Token range [start, end).
    tokens: (usize, usize),
    span: Span,
    /// Peop, Org, Loc or Other.
    kind: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct GoldRelation {
    kind: RelType,
    /// Indexes into [`Sentence::entities`].
    head: usize,
    tail: usize,
}

#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    tokens: Vec<Span>,
    entities: Vec<GoldEntity>,
    relations: Vec<GoldRelation>,
}

impl Sentence {
    /// Joins the tokens with single spaces and decodes the BILOU tags into entities.
    fn from_raw(raw: &RawSentence) -> Result<Sentence, String> {
        if raw.tokens.len() != raw.tags.len() {
            return Err(format!("{} tokens but {} tags", raw.tokens.len(), raw.tags.len()));
        }
        let mut text = String::new();
        let mut tokens = Vec::with_capacity(raw.tokens.len());
        for tok in &raw.tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            tokens.push(Span::new(text.len(), text.len() + tok.len()));
            text.push_str(tok);
        }
        let mut entities = Vec::new();
        let mut open: Option<(usize, &str)> = None;
        for (i, tag) in raw.tags.iter().enumerate() {
            let (prefix, kind) = match tag.split_once('-') {
                Some((p, k)) => (p, k),
                None if tag == "O" => ("O", ""),
                None => return Err(format!("token {i}: unknown tag {tag:?}")),
            };
            match (prefix, open) {
                ("O", None) => {}
                ("U", None) => entities.push(GoldEntity { tokens: (i, i + 1), span: tokens[i], kind: kind.to_owned() }),
                ("B", None) => open = Some((i, kind)),
                ("I", Some((_, k))) if k == kind => {}
                ("L", Some((start, k))) if k == kind => {
                    entities.push(GoldEntity {
                        tokens: (start, i + 1),
                        span: tokens[start].cover(tokens[i]),
                        kind: kind.to_owned(),
                    });
                    open = None;
                }
                _ => return Err(format!("token {i}: tag {tag:?} breaks the BILOU sequence")),
            }
        }
        if open.is_some() {
            return Err("an entity is still open at the end of the sentence".into());
        }
        let mut relations = Vec::new();
        for r in &raw.relations {
            if r.head >= entities.len() || r.tail >= entities.len() {
                return Err(format!("relation {}→{} points past the {} entities", r.head, r.tail, entities.len()));
            }
            if let Some(kind) = RelType::parse(&r.kind) {
                relations.push(GoldRelation { kind, head: r.head, tail: r.tail });
            }
        }
        Ok(Sentence { text, tokens, entities, relations })
    }

    fn document(&self, id: usize) -> Document {
        Document { id: format!("conll04-{id}"), text: self.text.clone(), ..Document::default() }
    }

    fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }
}

/// One predicted fact in scoring terms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Prediction {
    kind: RelType,
    /// Whether the entity kinds fit [`RelType::signature`]; a misfit never matches.
    kinds_fit: bool,
    pairs: BTreeSet<(Span, Span)>,
    /// Subject and object labels, for messages only.
    labels: (String, String),
}

/// The employer and locatedIn facts of an extraction, deduplicated.
fn predictions(ex: &Extraction) -> Vec<Prediction> {
    let mut out = BTreeSet::new();
    for f in &ex.facts {
        let Object::Entity(o) = f.object else { continue };
        let (s, o) = (&ex.entities[f.subject], &ex.entities[o]);
        let kind = match f.predicate {
            Predicate::Employer => RelType::WorkFor,
            Predicate::LocatedIn if s.kind == EntityType::Place => RelType::LocatedIn,
            Predicate::LocatedIn => RelType::OrgBasedIn,
            _ => continue,
        };
        let pairs: BTreeSet<(Span, Span)> = s.mentions.iter().flat_map(|&a| o.mentions.iter().map(move |&b| (a, b))).collect();
        let kinds_fit = kind.signature() == (s.kind, o.kind);
        // Labels stay out of the identity: two facts over the same spans are one prediction.
        out.insert((kind, kinds_fit, pairs, (s.label.clone(), o.label.clone())));
    }
    let mut seen = BTreeSet::new();
    out.into_iter()
        .filter(|(k, fit, pairs, _)| seen.insert((*k, *fit, pairs.clone())))
        .map(|(kind, kinds_fit, pairs, labels)| Prediction { kind, kinds_fit, pairs, labels })
        .collect()
}

fn gold_kind(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "Peop",
        EntityType::Organization => "Org",
        EntityType::Place => "Loc",
        EntityType::Event => "Event",
    }
}

fn matches(p: &Prediction, g: &GoldRelation, s: &Sentence) -> bool {
    let (h, t) = (&s.entities[g.head], &s.entities[g.tail]);
    let (hk, tk) = g.kind.signature();
    p.kind == g.kind
        && p.kinds_fit
        && h.kind == gold_kind(hk)
        && t.kind == gold_kind(tk)
        && p.pairs.contains(&(h.span, t.span))
}

/// Per gold relation, the prediction it took in a one-to-one matching.
fn match_sentence(s: &Sentence, preds: &[Prediction]) -> Vec<Option<usize>> {
    let edges: Vec<Vec<usize>> =
        s.relations.iter().map(|g| (0..preds.len()).filter(|&p| matches(&preds[p], g, s)).collect()).collect();
    one_to_one(&edges, preds.len())
}

fn entity_cause(ex: &Extraction, gold: &GoldEntity, want: EntityType, role: &str) -> Option<MissCause> {
    let mut overlap = false;
    for e in &ex.entities {
        for &m in &e.mentions {
            if m == gold.span {
                return (e.kind != want).then(|| MissCause::WrongType(format!("{} as {:?}", gold.kind, e.kind)));
            }
            overlap |= m.overlaps(gold.span);
        }
    }
    let kind = format!("{role} {}", gold.kind);
    Some(if overlap { MissCause::Boundary(kind) } else { MissCause::EntityNotFound(kind) })
}

fn miss_cause(s: &Sentence, ex: &Extraction, g: &GoldRelation) -> MissCause {
    let (hk, tk) = g.kind.signature();
    entity_cause(ex, &s.entities[g.head], hk, "head")
        .or_else(|| entity_cause(ex, &s.entities[g.tail], tk, "tail"))
        .unwrap_or_else(|| MissCause::NoRelation(pattern(s, g)))
}

/// The surface construction linking a gold relation's two entities, coarsely, so misses can
/// be counted by the rule that would catch them.
fn pattern(s: &Sentence, g: &GoldRelation) -> &'static str {
    let (h, t) = (&s.entities[g.head], &s.entities[g.tail]);
    let head_first = h.tokens.0 < t.tokens.0;
    let (a, b) = if head_first { (h.tokens.1, t.tokens.0) } else { (t.tokens.1, h.tokens.0) };
    let words: Vec<String> = s.tokens[a..b].iter().map(|&sp| s.slice(sp).to_lowercase()).collect();
    let between: Vec<&str> = words.iter().map(String::as_str).collect();
    let last = between.last().copied();
    let has_verb_cue = between.iter().any(|w| {
        matches!(*w, "said" | "says" | "told" | "joined" | "works" | "worked" | "working" | "named" | "appointed" | "hired" | "elected" | "is" | "was" | "became" | "headed" | "heads" | "leads" | "led" | "runs" | "ran" | "represents" | "represented")
    });
    match (g.kind, head_first) {
        (RelType::WorkFor, true) => match between.as_slice() {
            [] => "X Y (adjacent)",
            ["of"] | ["at"] | ["for"] | ["with"] | ["from"] => "X of/at/for Y",
            [",", ..] if matches!(last, Some("of" | "for" | "at" | "with" | "from" | "the")) && between.len() <= 8 => "X, <title> of/for/at Y",
            ["(" ] | ["(", ..] => "X (Y)",
            _ if has_verb_cue => "X <verb> … Y",
            _ => "X … Y (other)",
        },
        (RelType::WorkFor, false) => match between.as_slice() {
            [] => "Y X (adjacent)",
            ["'s", ..] | ["'", ..] => "Y's <title> X",
            _ if between.len() <= 4 && !between.iter().any(|w| matches!(*w, "," | "." | "said" | "and")) => "Y <title> X",
            [.., ","] if between.len() <= 6 => "Y <title>, X",
            _ if has_verb_cue => "Y … <verb> X",
            _ => "Y … X (other)",
        },
        (RelType::OrgBasedIn, true) => match between.as_slice() {
            [","] => "X, Y",
            ["in"] | ["of"] | ["at"] => "X in/of Y",
            [.., "based", "in"] | [.., "headquartered", "in"] => "X based in Y",
            [",", .., "in"] if between.len() <= 6 => "X, … in Y",
            _ if last == Some("in") => "X … in Y (other)",
            ["("] => "X (Y)",
            _ => "X … Y (other)",
        },
        (RelType::OrgBasedIn, false) => match between.as_slice() {
            [] => "Y X (adjacent)",
            [.., "("] => "LOC ( AGENCY ) dateline",
            ["'s"] | ["'s", ..] => "Y's X",
            [w] if w.ends_with("-based") || *w == "based" => "Y-based X",
            [w, ..] if w.starts_with('-') => "Y-based X",
            _ if between.len() <= 3 && !between.contains(&",") => "Y <word> X",
            _ => "Y … X (other)",
        },
        (RelType::LocatedIn, true) => match between.as_slice() {
            [","] => "City, State",
            ["in"] | ["of"] | [",", "in"] => "X in/of Y",
            [] => "X Y (adjacent)",
            ["("] => "X (Y)",
            _ if last == Some("in") || last == Some("of") => "X … in/of Y (other)",
            _ => "X … Y (other)",
        },
        (RelType::LocatedIn, false) => match between.as_slice() {
            [] => "Y X (adjacent)",
            ["'s"] | ["'s", ..] => "Y's X",
            _ => "Y … X (other)",
        },
    }
}

/// Why a prediction found no gold partner.
fn spurious_cause(s: &Sentence, p: &Prediction) -> &'static str {
    if !p.kinds_fit {
        return "entity kinds misfit";
    }
    let exact = |span: Span| s.entities.iter().find(|e| e.span == span);
    let mut best = "span not a gold entity";
    for &(a, b) in &p.pairs {
        match (exact(a), exact(b)) {
            (Some(h), Some(t)) => {
                let (hk, tk) = p.kind.signature();
                if h.kind != gold_kind(hk) || t.kind != gold_kind(tk) {
                    best = "gold entities of another type";
                } else {
                    return "gold entities, no such gold relation";
                }
            }
            _ => {
                let overlaps = |span: Span| s.entities.iter().any(|e| e.span.overlaps(span));
                if best == "span not a gold entity" && overlaps(a) && overlaps(b) {
                    best = "entity boundary";
                }
            }
        }
    }
    best
}

#[derive(Default)]
struct Report {
    sentences: usize,
    counts: BTreeMap<RelType, Counts>,
    /// Strict mention-level entity scores per gold type (Peop, Org, Loc): how far the
    /// relation errors are inherited from entity errors.
    entities: BTreeMap<&'static str, Counts>,
    miss_causes: BTreeMap<(RelType, MissCause), usize>,
    /// Every gold relation by construction: how many, how many found, how many missed
    /// although both entities were found exactly (what a new relation rule could gain).
    patterns: BTreeMap<(RelType, &'static str), (usize, usize, usize)>,
    spurious_causes: BTreeMap<(RelType, &'static str), usize>,
    /// Sentence text and relation, for `-v`.
    misses: Vec<(String, String)>,
    spurious: Vec<(String, String)>,
}

impl Report {
    fn score(&mut self, s: &Sentence, ex: &Extraction) {
        self.sentences += 1;
        for want in [EntityType::Person, EntityType::Organization, EntityType::Place] {
            let name = gold_kind(want);
            let gold: BTreeSet<Span> = s.entities.iter().filter(|e| e.kind == name).map(|e| e.span).collect();
            let predicted: BTreeSet<Span> =
                ex.entities.iter().filter(|e| e.kind == want).flat_map(|e| e.mentions.iter().copied()).collect();
            let c = Counts { gold: gold.len(), predicted: predicted.len(), correct: gold.intersection(&predicted).count() };
            self.entities.entry(name).or_default().add(c);
        }
        let preds = predictions(ex);
        let taken = match_sentence(s, &preds);
        for k in RelType::ALL {
            let c = Counts {
                gold: s.relations.iter().filter(|g| g.kind == k).count(),
                predicted: preds.iter().filter(|p| p.kind == k).count(),
                correct: s.relations.iter().zip(&taken).filter(|(g, t)| g.kind == k && t.is_some()).count(),
            };
            self.counts.entry(k).or_default().add(c);
        }
        for (g, t) in s.relations.iter().zip(&taken) {
            let row = self.patterns.entry((g.kind, pattern(s, g))).or_default();
            row.0 += 1;
            row.1 += usize::from(t.is_some());
            if t.is_none() && matches!(miss_cause(s, ex, g), MissCause::NoRelation(_)) {
                row.2 += 1;
            }
            if t.is_none() {
                let cause = miss_cause(s, ex, g);
                let (h, t) = (&s.entities[g.head], &s.entities[g.tail]);
                let rel = format!("{} ({}) → {} ({})  [{}: {}]", s.slice(h.span), h.kind, s.slice(t.span), t.kind, g.kind, cause);
                self.misses.push((s.text.clone(), rel));
                *self.miss_causes.entry((g.kind, cause)).or_default() += 1;
            }
        }
        let used: BTreeSet<usize> = taken.iter().flatten().copied().collect();
        for (_, p) in preds.iter().enumerate().filter(|(i, _)| !used.contains(i)) {
            let cause = spurious_cause(s, p);
            let rel = format!("{} → {}  [{}: {}]", p.labels.0, p.labels.1, p.kind, cause);
            self.spurious.push((s.text.clone(), rel));
            *self.spurious_causes.entry((p.kind, cause)).or_default() += 1;
        }
    }

    fn micro(&self) -> Counts {
        scoring::total(self.counts.values())
    }

    fn print(&self, verbose: bool) {
        println!("{} sentences", self.sentences);
        scoring::print_header("type", 24);
        let row = |name: &str, c: &Counts| scoring::print_row(name, 24, c);
        for (k, c) in &self.counts {
            row(&k.to_string(), c);
        }
        row("micro (3 types)", &self.micro());
        println!("\nentity mentions, strict (exact span and type):");
        for (k, c) in &self.entities {
            row(k, c);
        }
        println!("\ngold relations by construction (gold / found / missed with both entities exact):");
        for ((k, p), (n, found, rule_gap)) in &self.patterns {
            println!("  {n:>4} {found:>4} {rule_gap:>4}  {k}  {p}");
        }
        println!("\nmisses by cause:");
        for ((k, cause), n) in &self.miss_causes {
            println!("  {n:>4}  {k}  {cause}");
        }
        println!("\nspurious by cause:");
        for ((k, cause), n) in &self.spurious_causes {
            println!("  {n:>4}  {k}  {cause}");
        }
        if verbose {
            println!("\nmisses:");
            for (text, rel) in &self.misses {
                println!("  - {rel}\n      {text}");
            }
            println!("\nspurious:");
            for (text, rel) in &self.spurious {
                println!("  + {rel}\n      {text}");
            }
        }
    }
}

fn read_split(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("reading CoNLL04 split {}: {e}", path.display()))?;
    let raw: Vec<RawSentence> = serde_json::from_slice(&bytes)
        .map_err(|e| anyhow::anyhow!("parsing CoNLL04 split {} as a JSON array of sentences: {e}", path.display()))?;
    raw.iter()
        .enumerate()
        .map(|(i, r)| Sentence::from_raw(r).map_err(|e| anyhow::anyhow!("reading CoNLL04 split {}: sentence {i}: {e}", path.display())))
        .collect()
}

fn run(sentences: &[Sentence]) -> Report {
    let mut report = Report::default();
    for (i, s) in sentences.iter().enumerate() {
        report.score(s, &extract(&s.document(i)));
    }
    report
}

fn main() -> anyhow::Result<()> {
    let mut verbose = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-v" | "--verbose" => verbose = true,
            _ if path.is_none() => path = Some(arg),
            _ => anyhow::bail!("usage: conll04 SPLIT.json [-v] (unexpected argument {arg:?})"),
        }
    }
    let path = path.ok_or_else(|| anyhow::anyhow!("usage: conll04 SPLIT.json [-v]"))?;
    let sentences = read_split(Path::new(&path))?;
    run(&sentences).print(verbose);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use factgraph::extract::{Entity, Fact};

    fn raw(tokens: &str, tags: &str, rels: &[(usize, usize, &str)]) -> RawSentence {
        RawSentence {
            tokens: tokens.split(' ').map(str::to_owned).collect(),
            tags: tags.split(' ').map(str::to_owned).collect(),
            relations: rels.iter().map(|&(head, tail, k)| RawRelation { head, tail, kind: k.to_owned() }).collect(),
        }
    }

    fn span(s: &Sentence, needle: &str) -> Span {
        let start = s.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {:?}", s.text));
        Span::new(start, start + needle.len())
    }

    fn entity(kind: EntityType, mentions: Vec<Span>) -> Entity {
        Entity {
            kind,
            class: kind.class_name().to_owned(),
            label: format!("{kind:?}"),
            alt_labels: vec![],
            wikidata: None,
            link_score: None,
            mentions,
        }
    }

    fn fact(subject: usize, predicate: Predicate, object: usize) -> Fact {
        Fact {
            subject,
            predicate,
            object: Object::Entity(object),
            evidence: Span::default(),
            sentence: Span::default(),
            rule: "test".into(),
            confidence: 1.0,
        }
    }

    /// "John Smith , a spokesman for Acme Corp. in Boston , Mass. , said ."
    fn sample() -> Sentence {
        Sentence::from_raw(&raw(
            "John Smith , a spokesman for Acme Corp. in Boston , Mass. , said .",
            "B-Peop L-Peop O O O O B-Org L-Org O U-Loc O U-Loc O O O",
            &[(0, 1, "Work_For"), (1, 2, "OrgBased_In"), (2, 3, "Located_In"), (0, 2, "Live_In")],
        ))
        .unwrap()
    }

    fn score(s: &Sentence, ex: &Extraction) -> Report {
        let mut r = Report::default();
        r.score(s, ex);
        r
    }

    #[test]
    fn decodes_bilou_into_byte_spans_and_keeps_mapped_types_only() {
        let s = sample();
        let names: Vec<&str> = s.entities.iter().map(|e| s.slice(e.span)).collect();
        assert_eq!(names, ["John Smith", "Acme Corp.", "Boston", "Mass."]);
        assert_eq!(s.entities[1].tokens, (6, 8));
        assert_eq!(s.relations.len(), 3, "Live_In has no counterpart");
    }

    #[test]
    fn rejects_a_broken_tag_sequence() {
        assert!(Sentence::from_raw(&raw("a b", "B-Peop O", &[])).is_err());
        assert!(Sentence::from_raw(&raw("a b", "B-Peop L-Org", &[])).is_err());
        assert!(Sentence::from_raw(&raw("a", "U-Peop", &[(0, 1, "Kill")])).is_err());
    }

    #[test]
    fn exact_spans_and_kinds_score_all_three_types() {
        let s = sample();
        let ex = Extraction {
            entities: vec![
                entity(EntityType::Person, vec![span(&s, "John Smith")]),
                entity(EntityType::Organization, vec![span(&s, "Acme Corp.")]),
                entity(EntityType::Place, vec![span(&s, "Boston")]),
                entity(EntityType::Place, vec![span(&s, "Mass.")]),
            ],
            facts: vec![
                fact(0, Predicate::Employer, 1),
                fact(0, Predicate::HeadOf, 1),
                fact(1, Predicate::LocatedIn, 2),
                fact(2, Predicate::LocatedIn, 3),
            ],
        };
        let r = score(&s, &ex);
        for k in RelType::ALL {
            assert_eq!(r.counts[&k], Counts { gold: 1, predicted: 1, correct: 1 }, "{k}");
        }
        assert_eq!(r.micro().f1(), 1.0);
    }

    #[test]
    fn a_boundary_error_is_a_miss_and_a_spurious_fact() {
        let s = sample();
        let ex = Extraction {
            entities: vec![
                entity(EntityType::Person, vec![span(&s, "John Smith")]),
                // "Acme Corp" without the period that belongs to the gold token.
                entity(EntityType::Organization, vec![span(&s, "Acme Corp")]),
            ],
            facts: vec![fact(0, Predicate::Employer, 1)],
        };
        let r = score(&s, &ex);
        assert_eq!(r.counts[&RelType::WorkFor], Counts { gold: 1, predicted: 1, correct: 0 });
        assert_eq!(r.miss_causes.get(&(RelType::WorkFor, MissCause::Boundary("tail Org".into()))), Some(&1));
        assert_eq!(r.spurious_causes.get(&(RelType::WorkFor, "entity boundary")), Some(&1));
    }

    #[test]
    fn a_wrong_entity_kind_never_matches() {
        let s = sample();
        // Boston taken for an organization: locatedIn(Boston, Mass.) becomes an OrgBased_In guess.
        let ex = Extraction {
            entities: vec![
                entity(EntityType::Organization, vec![span(&s, "Boston")]),
                entity(EntityType::Place, vec![span(&s, "Mass.")]),
            ],
            facts: vec![fact(0, Predicate::LocatedIn, 1)],
        };
        let r = score(&s, &ex);
        assert_eq!(r.counts[&RelType::OrgBasedIn], Counts { gold: 1, predicted: 1, correct: 0 });
        assert_eq!(r.counts[&RelType::LocatedIn], Counts { gold: 1, predicted: 0, correct: 0 });
        assert_eq!(
            r.miss_causes.get(&(RelType::LocatedIn, MissCause::WrongType("Loc as Organization".into()))),
            Some(&1)
        );
    }

    #[test]
    fn any_mention_pair_may_match_but_a_fact_counts_once() {
        let s = Sentence::from_raw(&raw(
            "Smith joined Acme . Acme hired Smith .",
            "U-Peop O U-Org O U-Org O U-Peop O",
            &[(0, 1, "Work_For")],
        ))
        .unwrap();
        let first = |needle: &str| span(&s, needle);
        let last = |needle: &str| {
            let start = s.text.rfind(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        let ex = Extraction {
            entities: vec![
                entity(EntityType::Person, vec![first("Smith"), last("Smith")]),
                entity(EntityType::Organization, vec![first("Acme"), last("Acme")]),
            ],
            // Two rules finding the same fact are one prediction.
            facts: vec![fact(0, Predicate::Employer, 1), fact(0, Predicate::Employer, 1)],
        };
        let r = score(&s, &ex);
        assert_eq!(r.counts[&RelType::WorkFor], Counts { gold: 1, predicted: 1, correct: 1 });
    }

    #[test]
    fn one_prediction_matches_one_gold_relation() {
        // Gold lists the relation from both mentions of Acme; one fact can only claim one.
        let s = Sentence::from_raw(&raw(
            "Smith of Acme ( Acme ) .",
            "U-Peop O U-Org O U-Org O O",
            &[(0, 1, "Work_For"), (0, 2, "Work_For")],
        ))
        .unwrap();
        let acme: Vec<Span> = s.entities[1..].iter().map(|e| e.span).collect();
        let ex = Extraction {
            entities: vec![entity(EntityType::Person, vec![span(&s, "Smith")]), entity(EntityType::Organization, acme)],
            facts: vec![fact(0, Predicate::Employer, 1)],
        };
        let r = score(&s, &ex);
        assert_eq!(r.counts[&RelType::WorkFor], Counts { gold: 2, predicted: 1, correct: 1 });
        assert!((r.micro().precision() - 1.0).abs() < 1e-9 && (r.micro().recall() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn classifies_the_construction_of_a_missed_relation() {
        let s = sample();
        let p = |i: usize| pattern(&s, &s.relations[i]);
        assert_eq!(p(0), "X, <title> of/for/at Y");
        assert_eq!(p(1), "X in/of Y");
        assert_eq!(p(2), "City, State");
        let s = Sentence::from_raw(&raw("IBM 's chairman John Akers", "U-Org O O B-Peop L-Peop", &[(1, 0, "Work_For")])).unwrap();
        assert_eq!(pattern(&s, &s.relations[0]), "Y's <title> X");
    }

    /// The whole path on real text: a slice of the train split must read, extract and score.
    /// Under CI the shared data is required, as in the other corpus tests.
    #[test]
    fn scores_a_slice_of_the_train_split() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/conll04");
        if !dir.is_dir() {
            assert!(std::env::var_os("CI").is_none(), "{} is missing (required under CI)", dir.display());
            eprintln!("note: {} not found, check skipped", dir.display());
            return;
        }
        let sentences = read_split(&dir.join("conll04_train.json")).unwrap();
        assert_eq!(sentences.len(), 922);
        let report = run(&sentences[..60]);
        let micro = report.micro();
        assert!(micro.gold > 0 && micro.correct <= micro.predicted.min(micro.gold));
        assert!((0.0..=1.0).contains(&micro.precision()) && (0.0..=1.0).contains(&micro.f1()));
    }
}
