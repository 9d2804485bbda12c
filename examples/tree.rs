//! Prints the dependency tree the extractor sees for each sentence of a file (token, tag,
//! head, relation): a developer's lens on the rules of src/extract/relations/tree.rs.
//! `cargo run --example tree -- FILE`.

use factgraph::extract::mentions::Analysis;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: tree FILE"))?;
    for doc in factgraph::document::read_path(std::path::Path::new(&path))? {
        let a = Analysis::new(&doc);
        for s in &a.sentences {
            println!("# {}", a.text[s.span.start..s.span.end].replace('\n', " "));
            for t in s.tokens.clone() {
                let n = &a.tree.nodes[t];
                let head = n.head.map_or("ROOT".to_string(), |h| format!("{} {}", h - s.tokens.start + 1, a.word(h)));
                println!("{:>3} {:<18} {:<6} {:<5} {:<12} <- {}", t - s.tokens.start + 1, a.word(t), n.upos, n.xpos, n.deprel, head);
            }
        }
    }
    Ok(())
}
