//! Data-driven tests of the extraction rules: each case in tests/extraction_cases.toml is
//! a short text written for the rule it exercises, the facts it must yield (`expect`) and
//! those it must not (`reject`). None is taken from the evaluation articles.

use factgraph::document::text_document;
use factgraph::eval::{describe, satisfied};
use factgraph::extract::extract;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    reject: Vec<String>,
    /// When given, `expect` must be met by facts of rules whose name starts with this
    /// (e.g. "tree-"), so a case proves that rule family reads the construction.
    #[serde(default)]
    rule: Option<String>,
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[test]
fn extraction_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extraction_cases.toml");
    let text = std::fs::read_to_string(path).expect("reading tests/extraction_cases.toml");
    let cases: Cases = toml::from_str(&text).unwrap_or_else(|e| panic!("parsing tests/extraction_cases.toml: {e}"));
    let mut failures = Vec::new();
    for case in &cases.case {
        let mut doc = text_document(case.name.clone(), case.text.clone(), path.into());
        if case.published.is_some() {
            doc.published = case.published.clone();
        }
        let ex = extract(&doc);
        let mut by_rule = ex.clone();
        if let Some(prefix) = &case.rule {
            by_rule.facts.retain(|f| f.rule.starts_with(prefix.as_str()));
        }
        for want in &case.expect {
            if !satisfied(&by_rule, want).unwrap() {
                failures.push(format!("{}: expected {want}\n{}", case.name, describe(&ex)));
            }
        }
        for unwanted in &case.reject {
            if satisfied(&ex, unwanted).unwrap() {
                failures.push(format!("{}: did not expect {unwanted}\n{}", case.name, describe(&ex)));
            }
        }
    }
    assert!(failures.is_empty(), "{} extraction cases fail:\n{}", failures.len(), failures.join("\n"));
}
