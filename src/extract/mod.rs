//! Entities and facts extracted from one document: the contract between the NLP stages
//! and the graph writer. Every entity mention and every fact keeps byte spans into the
//! original document text, so provenance comes for free.

use crate::document::Span;

pub mod lexicon;
pub mod mentions;
pub mod relations;
pub mod resolve;
pub mod syntax;

/// The four entity types of the guidelines. `class` on [`Entity`] may name a subclass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Organization,
    Place,
    Event,
}

impl EntityType {
    /// Local name of the fg: class and the IRI path segment ("person", "organization"…).
    pub fn class_name(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Place => "Place",
            EntityType::Event => "Event",
        }
    }
    pub fn path_segment(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Event => "event",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "Person" => Some(EntityType::Person),
            "Organization" => Some(EntityType::Organization),
            "Place" => Some(EntityType::Place),
            "Event" => Some(EntityType::Event),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityType,
    /// Most specific fg: class local name, e.g. "City", "GovernmentAgency"; equals
    /// `kind.class_name()` when nothing more specific is known.
    pub class: String,
    /// Fullest name seen in the document.
    pub label: String,
    /// Every other surface form seen (acronym, surname alone, "the Office").
    pub alt_labels: Vec<String>,
    /// Wikidata QID ("Q1520") when linked.
    pub wikidata: Option<String>,
    /// Linker score and runner-up margin, when linked.
    pub link_score: Option<(f32, f32)>,
    pub mentions: Vec<Span>,
}

/// The closed relation set of ../shared/eval/GUIDELINES.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Predicate {
    Organizer,
    Sponsor,
    Participant,
    Location,
    Date,
    Employer,
    HeadOf,
    Position,
    PartOf,
    LocatedIn,
    Said,
}

impl Predicate {
    pub const ALL: [Predicate; 11] = [
        Predicate::Organizer,
        Predicate::Sponsor,
        Predicate::Participant,
        Predicate::Location,
        Predicate::Date,
        Predicate::Employer,
        Predicate::HeadOf,
        Predicate::Position,
        Predicate::PartOf,
        Predicate::LocatedIn,
        Predicate::Said,
    ];
    /// The fg: local name, which is also the guidelines' predicate name.
    pub fn local_name(self) -> &'static str {
        match self {
            Predicate::Organizer => "organizer",
            Predicate::Sponsor => "sponsor",
            Predicate::Participant => "participant",
            Predicate::Location => "location",
            Predicate::Date => "date",
            Predicate::Employer => "employer",
            Predicate::HeadOf => "headOf",
            Predicate::Position => "position",
            Predicate::PartOf => "partOf",
            Predicate::LocatedIn => "locatedIn",
            Predicate::Said => "said",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.local_name() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Object {
    /// Index into [`Extraction::entities`].
    Entity(usize),
    /// An ISO date: "2019-03-01", "2019-03" or "2019" (fg:date).
    Date(String),
    /// A plain string value (fg:position).
    Text(String),
    /// A quotation's full text (fg:said points at a fg:Quotation carrying it).
    Quotation(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Index into [`Extraction::entities`].
    pub subject: usize,
    pub predicate: Predicate,
    pub object: Object,
    /// The words that state the fact.
    pub evidence: Span,
    /// The sentence containing the evidence.
    pub sentence: Span,
    /// Name of the rule or model that made it, e.g. "rule:agent-by-passive".
    pub rule: String,
    /// 0.0..=1.0
    pub confidence: f32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
}

/// Runs the whole extraction pipeline over one document: segmentation, mentions,
/// resolution, relations. Events are kept only when some fact involves them.
pub fn extract(doc: &crate::document::Document) -> Extraction {
    extract_with(doc, true).0
}

/// The rules' extraction without the learned pair models, and the pairs those models would
/// score, with entity indices into that extraction: what `examples/pairs.rs` trains on.
pub fn pair_candidates(doc: &crate::document::Document) -> (Extraction, Vec<relations::Candidate>) {
    extract_with(doc, false)
}

fn extract_with(doc: &crate::document::Document, learned: bool) -> (Extraction, Vec<relations::Candidate>) {
    let mut analysis = mentions::Analysis::new(doc);
    analysis.find_mentions();
    let entities = resolve::resolve(&mut analysis);
    let mut relations = relations::Relations::new(&analysis, &entities);
    relations.run();
    let candidates = if learned {
        // (Participants first: their features read only the rules' facts, as in training.)
        relations.learned_participants(relations::PairModel::bundled(Predicate::Participant).expect("a participant model"));
        for predicate in relations::LEARNED_PAIRS {
            if let Some(model) = relations::PairModel::bundled(predicate) {
                relations.learned_named_pairs(predicate, model);
            }
        }
        Vec::new()
    } else {
        let mut candidates = relations.participant_candidates();
        for predicate in relations::LEARNED_PAIRS {
            candidates.extend(relations.named_pair_candidates(predicate));
        }
        candidates
    };
    let facts = relations.facts;
    let keep: Vec<bool> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let provisional = e.kind == EntityType::Event || mentions::is_provisional(&e.class);
            !provisional || facts.iter().any(|f| f.subject == i || f.object == Object::Entity(i))
        })
        .collect();
    let mut new_index = vec![usize::MAX; entities.len()];
    let mut kept = Vec::new();
    for (i, mut e) in entities.into_iter().enumerate() {
        if mentions::is_provisional(&e.class) {
            e.class = e.kind.class_name().to_string();
        }
        if keep[i] {
            new_index[i] = kept.len();
            kept.push(e);
        }
    }
    let facts = facts
        .into_iter()
        .map(|mut f| {
            f.subject = new_index[f.subject];
            if let Object::Entity(o) = f.object {
                f.object = Object::Entity(new_index[o]);
            }
            f
        })
        .collect();
    let candidates = candidates
        .into_iter()
        .filter(|c| new_index[c.subject] != usize::MAX && new_index[c.object] != usize::MAX)
        .map(|mut c| {
            c.subject = new_index[c.subject];
            c.object = new_index[c.object];
            c
        })
        .collect();
    (Extraction { entities: kept, facts }, candidates)
}
