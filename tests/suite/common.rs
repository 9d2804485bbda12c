//! What several test files share: hand-built documents and extractions (so the graph writer
//! is tested independently of the NLP), and access to the shared corpora in ../shared.
#![allow(dead_code)]

use factgraph::document::{Document, Span};
use factgraph::extract::{Entity, EntityType, Extraction, Fact, Object, Predicate};

pub fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    Span::new(start, start + needle.len())
}

pub fn entity(kind: EntityType, class: &str, label: &str, alts: &[&str], qid: Option<&str>) -> Entity {
    Entity {
        kind,
        class: class.to_owned(),
        label: label.to_owned(),
        alt_labels: alts.iter().map(|s| s.to_string()).collect(),
        wikidata: qid.map(str::to_owned),
        link_score: qid.map(|_| (0.92, 0.4)),
        mentions: Vec::new(),
    }
}

pub fn fact(text: &str, subject: usize, predicate: Predicate, object: Object, evidence: &str, sentence: &str) -> Fact {
    Fact {
        subject,
        predicate,
        object,
        evidence: span_of(text, evidence),
        sentence: span_of(text, sentence),
        rule: "rule:test".to_owned(),
        confidence: 0.9,
    }
}

/// An article with a non-ASCII character before the evidence (char vs byte offsets).
pub fn doc1() -> (Document, Extraction) {
    let text = "ASTANA – Résumé: the OSCE Programme Office in Astana organized a seminar in Astana on 1 March 2019. \
\u{201c}We are pleased,\u{201d} said John Smith, head of the Office."
        .to_owned();
    let s1 = "Résumé: the OSCE Programme Office in Astana organized a seminar in Astana on 1 March 2019.";
    let s2 = "\u{201c}We are pleased,\u{201d} said John Smith, head of the Office.";
    let ex = Extraction {
        entities: vec![
            entity(EntityType::Organization, "InternationalOrganization", "OSCE Programme Office in Astana", &["the Office"], None),
            entity(EntityType::Event, "Seminar", "seminar", &[], None),
            entity(EntityType::Place, "City", "Astana", &[], Some("Q1520")),
            entity(EntityType::Person, "Person", "John Smith", &["Smith"], None),
        ],
        facts: vec![
            fact(&text, 1, Predicate::Organizer, Object::Entity(0), "organized", s1),
            fact(&text, 1, Predicate::Location, Object::Entity(2), "in Astana on", s1),
            fact(&text, 1, Predicate::Date, Object::Date("2019-03-01".into()), "1 March 2019", s1),
            fact(&text, 3, Predicate::HeadOf, Object::Entity(0), "head of the Office", s2),
            fact(&text, 3, Predicate::Said, Object::Quotation("We are pleased,".into()), "said", s2),
        ],
    };
    let doc = Document {
        id: "doc-1".into(),
        text,
        title: Some("Seminar in Astana".into()),
        source: Some("https://example.org/news/1".into()),
        published: Some("2019-03-01".into()),
        dateline: None,
        origin: "doc-1.txt".into(),
    };
    (doc, ex)
}

/// A second article: the city under another name (same QID) and the organization
/// written in lower case; plus an entity of its own.
pub fn doc2() -> (Document, Extraction) {
    let text = "The osce programme office in astana met officials in Nur-Sultan. Jane Doe attended.".to_owned();
    let s1 = "The osce programme office in astana met officials in Nur-Sultan.";
    let s2 = "Jane Doe attended.";
    let ex = Extraction {
        entities: vec![
            entity(EntityType::Organization, "Organization", "osce programme office in astana", &[], None),
            entity(EntityType::Place, "City", "Nur-Sultan", &[], Some("Q1520")),
            entity(EntityType::Event, "Meeting", "meeting in Nur-Sultan", &[], None),
            entity(EntityType::Person, "Person", "Jane Doe", &[], None),
        ],
        facts: vec![
            fact(&text, 2, Predicate::Organizer, Object::Entity(0), "met", s1),
            fact(&text, 2, Predicate::Location, Object::Entity(1), "in Nur-Sultan", s1),
            fact(&text, 2, Predicate::Participant, Object::Entity(3), "attended", s2),
        ],
    };
    let doc = Document {
        id: "doc-2".into(),
        text,
        title: None,
        source: None,
        published: Some("2019-03".into()),
        dateline: None,
        origin: "doc-2.txt".into(),
    };
    (doc, ex)
}

/// `../shared`, or `None` (after a note) when it is missing outside CI; under CI (env `CI`
/// set) a missing directory fails the test.
pub fn shared_dir(test: &str) -> Option<std::path::PathBuf> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{test}: shared data directory {} is missing (required under CI)", dir.display());
    }
    eprintln!("note: {test}: {} not found, check skipped", dir.display());
    None
}

/// Percent-decodes a GUM `FormattedTitle` (`Agence_France%2DPresse`) and turns underscores
/// into spaces.
pub fn decode_wiki_title(title: &str) -> String {
    let bytes = title.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&title[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'_' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
