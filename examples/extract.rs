//! Prints what the extractor finds in one file: entities and facts with their evidence.
//! A developer's lens on the pipeline: `cargo run --example extract -- FILE`
//! (`FACTGRAPH_MENTIONS=1` also lists the mentions found before resolution).

use factgraph::extract::{extract, Object};

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: extract FILE"))?;
    for doc in factgraph::document::read_path(std::path::Path::new(&path))? {
        let ex = extract(&doc);
        println!("== {} (dateline {:?})", doc.id, doc.dateline);
        if std::env::var_os("FACTGRAPH_MENTIONS").is_some() {
            let mut analysis = factgraph::extract::mentions::Analysis::new(&doc);
            analysis.find_mentions();
            for m in &analysis.mentions {
                println!("M  {:?} {:?}{}", doc.slice(m.span), m.kind, if m.nested { " (nested)" } else { "" });
            }
        }
        for (i, e) in ex.entities.iter().enumerate() {
            println!("E{i:<3} {:?}/{} {:?} alt={:?} qid={:?}", e.kind, e.class, e.label, e.alt_labels, e.wikidata);
        }
        for f in &ex.facts {
            let o = match &f.object {
                Object::Entity(o) => ex.entities[*o].label.clone(),
                Object::Date(d) | Object::Text(d) => d.clone(),
                Object::Quotation(q) => q.chars().take(50).collect(),
            };
            println!("  {} {} {:?}   [{} {:.2}] «{}»", ex.entities[f.subject].label, f.predicate.local_name(), o, f.rule, f.confidence, doc.slice(f.evidence).chars().take(80).collect::<String>());
        }
    }
    Ok(())
}
