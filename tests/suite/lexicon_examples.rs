//! Runs the example of every lexicon entry under data/lexicon/ through the extractor and
//! checks that it yields what the entry promises. A lexicon entry without a working
//! example is a defect: this is where the rules prove they are general.

use factgraph::document::text_document;
use factgraph::eval::{describe, satisfied};
use factgraph::extract::lexicon::Lexicon;
use factgraph::extract::extract;

#[test]
fn every_lexicon_example_yields_what_it_promises() {
    let lex = Lexicon::load().expect("bundled lexicons parse");
    assert!(lex.examples.len() >= 20, "only {} examples", lex.examples.len());
    let mut failures = Vec::new();
    for (n, example) in lex.examples.iter().enumerate() {
        let doc = text_document(format!("example-{n}"), example.text.clone(), example.file.into());
        let ex = extract(&doc);
        for want in &example.expect {
            if !satisfied(&ex, want).unwrap_or_else(|e| panic!("data/lexicon/{}: {e}", example.file)) {
                failures.push(format!("data/lexicon/{}: {:?}\n  expected {want}\n  got:\n{}", example.file, example.text, describe(&ex)));
            }
        }
    }
    assert!(failures.is_empty(), "{} lexicon examples fail:\n{}", failures.len(), failures.join("\n"));
}
