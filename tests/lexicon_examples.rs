//! Runs the example of every lexicon entry under data/lexicon/ through the extractor and
//! checks that it yields what the entry promises. A lexicon entry without a working
//! example is a defect: this is where the rules prove they are general.

use factgraph::document::text_document;
use factgraph::eval::normalize_label;
use factgraph::extract::lexicon::Lexicon;
use factgraph::extract::{extract, EntityType, Extraction, Object};

fn labels(ex: &Extraction, i: usize) -> Vec<String> {
    let e = &ex.entities[i];
    std::iter::once(&e.label).chain(&e.alt_labels).map(|l| normalize_label(l)).collect()
}

fn label_matches(ex: &Extraction, i: usize, want: &str) -> bool {
    let want = normalize_label(want);
    let event = ex.entities[i].kind == EntityType::Event;
    labels(ex, i).iter().any(|l| {
        *l == want || (event && (format!(" {l} ").contains(&format!(" {want} ")) || format!(" {want} ").contains(&format!(" {l} "))))
    })
}

/// "Organization: Ministry of Health" or "organizer(workshop, Green Fund)".
fn satisfied(ex: &Extraction, expect: &str) -> bool {
    if let Some((kind, label)) = expect.split_once(": ") {
        let kind = EntityType::parse(kind).unwrap_or_else(|| panic!("bad entity type in {expect:?}"));
        return (0..ex.entities.len()).any(|i| ex.entities[i].kind == kind && label_matches(ex, i, label));
    }
    let (pred, rest) = expect.split_once('(').unwrap_or_else(|| panic!("bad expectation {expect:?}"));
    let (subject, object) = rest.trim_end_matches(')').split_once(", ").unwrap_or_else(|| panic!("bad expectation {expect:?}"));
    ex.facts.iter().any(|f| {
        f.predicate.local_name() == pred
            && label_matches(ex, f.subject, subject)
            && match &f.object {
                Object::Entity(o) => label_matches(ex, *o, object),
                Object::Date(v) | Object::Text(v) => normalize_label(v) == normalize_label(object),
                Object::Quotation(q) => normalize_label(q).starts_with(&normalize_label(object)),
            }
    })
}

fn describe(ex: &Extraction) -> String {
    let mut out = String::new();
    for e in &ex.entities {
        out.push_str(&format!("  {:?}: {} {:?}\n", e.kind, e.label, e.alt_labels));
    }
    for f in &ex.facts {
        let o = match &f.object {
            Object::Entity(o) => ex.entities[*o].label.clone(),
            Object::Date(v) | Object::Text(v) | Object::Quotation(v) => v.clone(),
        };
        out.push_str(&format!("  {}({}, {})\n", f.predicate.local_name(), ex.entities[f.subject].label, o));
    }
    out
}

#[test]
fn every_lexicon_example_yields_what_it_promises() {
    let lex = Lexicon::load().expect("bundled lexicons parse");
    assert!(lex.examples.len() >= 20, "only {} examples", lex.examples.len());
    let mut failures = Vec::new();
    for (n, example) in lex.examples.iter().enumerate() {
        let doc = text_document(format!("example-{n}"), example.text.clone(), example.file.into());
        let ex = extract(&doc);
        for want in &example.expect {
            if !satisfied(&ex, want) {
                failures.push(format!("data/lexicon/{}: {:?}\n  expected {want}\n  got:\n{}", example.file, example.text, describe(&ex)));
            }
        }
    }
    assert!(failures.is_empty(), "{} lexicon examples fail:\n{}", failures.len(), failures.join("\n"));
}
