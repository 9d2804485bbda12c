//! The extractor must never panic, whatever the text: every document of GUM and UD
//! English EWT (web text, interviews, fiction, forum posts) is run through it, as raw
//! text rebuilt from the treebanks' `# text =` lines.

use crate::common;

use factgraph::document::text_document;
use factgraph::extract::{extract, Object};


/// Documents as (id, text): sentences joined, paragraphs where the treebank marks them.
fn documents(conllu: &str) -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = Vec::new();
    for line in conllu.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ").or_else(|| line.strip_prefix("# newdoc id =")) {
            docs.push((id.trim().to_string(), String::new()));
        } else if line.starts_with("# newpar") {
            if let Some(d) = docs.last_mut() {
                d.1.push_str("\n\n");
            }
        } else if let Some(text) = line.strip_prefix("# text = ") {
            if docs.is_empty() {
                docs.push(("doc".into(), String::new()));
            }
            let d = docs.last_mut().unwrap();
            if !d.1.is_empty() && !d.1.ends_with('\n') {
                d.1.push(' ');
            }
            d.1.push_str(text);
        }
    }
    docs.retain(|d| !d.1.trim().is_empty());
    docs
}

#[test]
fn extraction_never_panics_and_keeps_spans_valid() {
    let Some(dir) = common::shared_dir("robustness").map(|d| d.join("data")) else { return };
    let mut total = 0;
    for file in ["gum/en_gum-train.conllu", "ud_english_ewt/en_ewt-ud-dev.conllu"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("reading {file}: {e}"));
        for (id, body) in documents(&text) {
            let doc = text_document(id.clone(), body, file.into());
            let ex = extract(&doc);
            for f in &ex.facts {
                assert!(f.evidence.end <= doc.text.len() && doc.text.is_char_boundary(f.evidence.start) && doc.text.is_char_boundary(f.evidence.end), "{id}: bad evidence span");
                assert!(f.sentence.contains(f.evidence) || f.sentence.overlaps(f.evidence), "{id}: evidence outside its sentence");
                assert!(f.subject < ex.entities.len());
                if let Object::Entity(o) = f.object {
                    assert!(o < ex.entities.len());
                }
            }
            total += 1;
        }
    }
    assert!(total > 100, "only {total} documents read");
}

/// The probe articles (tests/probes) carry headlines, datelines and non-ASCII names the
/// treebanks lack ("Young Dancers From Fès …" once panicked the headline rules).
#[test]
fn extraction_never_panics_on_the_probe_articles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probes");
    let mut total = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        for doc in factgraph::document::read_path(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display())) {
            let ex = extract(&doc);
            for f in &ex.facts {
                assert!(f.evidence.end <= doc.text.len() && doc.text.is_char_boundary(f.evidence.start) && doc.text.is_char_boundary(f.evidence.end), "{}: bad evidence span", path.display());
            }
            total += 1;
        }
    }
    assert!(total >= 300, "only {total} probe articles read");
}
