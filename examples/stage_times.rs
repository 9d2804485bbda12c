//! Times each annotation stage on its own (model load, tokenize, tag, parse, NER) over one
//! raw-text file, so speed work knows where the time goes; scripts/bench-nlp.sh times the
//! whole pipeline against spaCy. Run a release build:
//! `cargo run --release --example stage_times -- FILE.txt`.
use factgraph::nlp::conllu::{Sentence, Word};
use factgraph::nlp::pipeline::Pipeline;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stage_times FILE.txt");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("stage_times: reading {path}: {e}");
            std::process::exit(1);
        }
    };
    let t = Instant::now();
    let p = Pipeline::bundled().unwrap_or_else(|e| panic!("loading the bundled models: {e}"));
    println!("load      {:6.2} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut sents: Vec<Sentence> = factgraph::nlp::tokenize::tokens(&text)
        .iter()
        .map(|(_, surface)| Sentence {
            words: surface.iter().flat_map(|t| t.words.iter()).map(|w| Word { form: text[w.start..w.end].to_string(), ..Word::default() }).collect(),
            ..Sentence::default()
        })
        .collect();
    let words: usize = sents.iter().map(|s| s.words.len()).sum();
    println!("tokenize  {:6.2} s   ({words} words, {} sentences)", t.elapsed().as_secs_f64(), sents.len());
    let t = Instant::now();
    for s in &mut sents {
        p.tagger.tag(s);
    }
    println!("tag       {:6.2} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    if let Some(parser) = &p.parser {
        for s in &mut sents {
            parser.parse(s);
        }
    }
    println!("parse     {:6.2} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut entities = 0;
    if let Some(ner) = &p.ner {
        for s in &sents {
            entities += ner.predict(s).iter().filter(|l| l.starts_with('B')).count();
        }
    }
    println!("ner       {:6.2} s   ({entities} entities)", t.elapsed().as_secs_f64());
}
