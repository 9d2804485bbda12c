//! The `train` and `annotate` subcommands: argument handling and I/O only; the models,
//! training and scoring live in the library (`factgraph::nlp`).

use crate::cli::{AnnotateArgs, AnnotateInput, AnnotateOutput, TrainArgs, TrainModel};
use anyhow::{Context, Result};
use factgraph::nlp::{self, conllu, pipeline, train, Pipeline};
use std::io::{Read, Write};
use std::path::PathBuf;

fn log(quiet: bool) -> impl FnMut(&str) {
    move |line: &str| {
        if !quiet {
            eprintln!("{line}");
        }
    }
}

fn tagger_for(args: &TrainArgs) -> Result<nlp::tagger::Tagger> {
    Ok(match &args.tagger {
        Some(p) => nlp::tagger::Tagger::load(p)?,
        None => nlp::tagger::Tagger::from_bytes(nlp::bundled::TAGGER, "data/models/tagger.bin (bundled)")
            .context("train: the parser and NER need a tagger; train one first or pass --tagger")?,
    })
}

/// FACTGRAPH_PRUNE overrides the weight-pruning threshold (for size/accuracy experiments).
fn prune(default: f32) -> f32 {
    std::env::var("FACTGRAPH_PRUNE").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

pub fn train(args: &TrainArgs, quiet: bool) -> Result<()> {
    let started = std::time::Instant::now();
    let default = match args.model {
        TrainModel::Tagger => pipeline::TAGGER_FILE,
        TrainModel::Parser => pipeline::PARSER_FILE,
        TrainModel::Ner => pipeline::NER_FILE,
    };
    let out = args.output.clone().unwrap_or_else(|| PathBuf::from("data/models").join(default));
    match args.model {
        TrainModel::Tagger => {
            let mut cfg = nlp::tagger::TaggerConfig::default();
            if let Some(e) = args.epochs {
                cfg.epochs = e;
            }
            cfg.prune = prune(cfg.prune);
            train::train_tagger(&args.data, &cfg, &out, log(quiet))?;
        }
        TrainModel::Parser if std::env::var_os("FACTGRAPH_REPRUNE_FROM").is_some() => {
            // Size experiments: shrink a trained parser instead of training one.
            let from = PathBuf::from(std::env::var_os("FACTGRAPH_REPRUNE_FROM").expect("checked"));
            let min: i16 = std::env::var("FACTGRAPH_REPRUNE_MIN").ok().and_then(|v| v.parse().ok()).unwrap_or(30);
            let mut parser = nlp::parser::Parser::load(&from)?;
            parser.reprune(min);
            // FACTGRAPH_BEAM here changes only the decoding width (speed/accuracy trade-off).
            if let Some(b) = std::env::var("FACTGRAPH_BEAM").ok().and_then(|v| v.parse::<usize>().ok()) {
                parser.beam = b.max(1);
            }
            parser.save(&out)?;
            let (f, w) = parser.size();
            eprintln!("parser: {} repruned at |q| >= {min}: {f} features, {w} weights -> {}", from.display(), out.display());
            let dev = train::read_conllu_files(&train::find(&args.data, "dev", &[".conllu"])?)?;
            let p = Pipeline { tagger: tagger_for(args)?, parser: Some(parser), ner: None };
            eprintln!("parser dev: {}", train::score_conllu(&p, &dev));
        }
        TrainModel::Parser => {
            let tagger = tagger_for(args)?;
            let mut cfg = nlp::parser::ParserConfig::default();
            if let Some(e) = args.epochs {
                cfg.epochs = e;
            }
            cfg.prune = prune(cfg.prune);
            // FACTGRAPH_BEAM / FACTGRAPH_EXPLORE: beam width and exploration rate experiments.
            if let Some(b) = std::env::var("FACTGRAPH_BEAM").ok().and_then(|v| v.parse().ok()) {
                cfg.beam = b;
            }
            if let Some(x) = std::env::var("FACTGRAPH_EXPLORE").ok().and_then(|v| v.parse().ok()) {
                cfg.explore = x;
            }
            let jk: usize = std::env::var("FACTGRAPH_JACKKNIFE").ok().and_then(|v| v.parse().ok()).unwrap_or(4);
            let tcfg = nlp::tagger::TaggerConfig { epochs: 5, ..Default::default() };
            train::train_parser(&args.data, &tagger, &cfg, jk, &tcfg, &out, log(quiet))?;
        }
        TrainModel::Ner => {
            let tagger = tagger_for(args)?;
            let mut cfg = nlp::ner::NerConfig::default();
            if let Some(e) = args.epochs {
                cfg.epochs = e;
            }
            // FACTGRAPH_BEAM: train (and decode) with a beam, as for the parser.
            if let Some(b) = std::env::var("FACTGRAPH_BEAM").ok().and_then(|v| v.parse().ok()) {
                cfg.beam = b;
            }
            // FACTGRAPH_SEED: another training order, to see how far dev scores move by chance.
            if let Some(seed) = std::env::var("FACTGRAPH_SEED").ok().and_then(|v| v.parse().ok()) {
                cfg.seed = seed;
            }
            cfg.prune = prune(cfg.prune);
            train::train_ner(&args.data, tagger, &cfg, &out, log(quiet))?;
        }
    }
    if !quiet {
        eprintln!("trained in {:.1}s", started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// `annotate --input text --score GOLD.conllu`: the tokenizer sees the raw text the CoNLL
/// 2018 shared task would have given it. No model runs: this scores segmentation only.
fn score_segmentation(text: &str, name: &str) -> Result<()> {
    let gold = conllu::parse(text, name)?;
    let raw = nlp::eval::raw_text(&gold);
    let system = nlp::tokenize::to_conllu(&raw, &nlp::tokenize::tokens(&raw));
    // FACTGRAPH_SEG_DUMP=DIR keeps the raw text and the system's CoNLL-U, for error
    // analysis or for cross-checking with the official conll18_ud_eval.py.
    if let Some(dir) = std::env::var_os("FACTGRAPH_SEG_DUMP") {
        let dir = PathBuf::from(dir);
        let mut sys = String::new();
        conllu::write(&system, &mut sys);
        for (file, body) in [("raw.txt", &raw), ("system.conllu", &sys)] {
            let path = dir.join(file);
            std::fs::write(&path, body).with_context(|| format!("annotate: writing {}", path.display()))?;
        }
    }
    let scores = nlp::eval::SegmentationScores::compute(&gold, &system)
        .map_err(|e| anyhow::anyhow!("annotate: scoring the tokenization of {name}: {e}"))?;
    println!("{scores}");
    Ok(())
}

pub fn annotate(args: &AnnotateArgs) -> Result<()> {
    let name = args.input_file.display().to_string();
    let text = if name == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("annotate: reading stdin")?;
        s
    } else {
        std::fs::read_to_string(&args.input_file).map_err(|e| nlp::NlpError::Read { path: name.clone(), source: e })?
    };
    if args.score && args.input == AnnotateInput::Text {
        return score_segmentation(&text, &name);
    }
    let loaded;
    let p: &Pipeline = match &args.models {
        Some(dir) => {
            loaded = Pipeline::load(dir)?;
            &loaded
        }
        None => Pipeline::bundled()?,
    };
    let mut out = String::new();
    match args.input {
        AnnotateInput::Text => {
            let sentences = p.annotate(&text);
            match args.output {
                AnnotateOutput::Json => out = serde_json::to_string_pretty(&sentences).context("annotate: JSON output")? + "\n",
                AnnotateOutput::Conllu => conllu::write(&pipeline::to_conllu(&text, &sentences), &mut out),
            }
        }
        AnnotateInput::Conllu => {
            let gold = conllu::parse(&text, &name)?;
            if args.score {
                println!("{}", train::score_conllu(p, &gold));
                if p.ner.is_some() {
                    // UD files with NER=… in MISC (e.g. our own output) are scored too.
                    let ner: Vec<_> = gold
                        .iter()
                        .filter(|s| s.words.iter().any(|w| conllu::Sentence::misc_value(w, "NER").is_some()))
                        .map(|s| conllu::NerSentence {
                            sent_id: String::new(),
                            forms: s.forms().iter().map(|f| f.to_string()).collect(),
                            labels: s.words.iter().map(|w| conllu::Sentence::misc_value(w, "NER").unwrap_or("O").to_string()).collect(),
                        })
                        .collect();
                    if !ner.is_empty() {
                        println!("{}", train::score_ner(p, &ner));
                    }
                }
                return Ok(());
            }
            let mut sentences = gold;
            p.annotate_sentences(&mut sentences);
            match args.output {
                AnnotateOutput::Conllu => conllu::write(&sentences, &mut out),
                AnnotateOutput::Json => {
                    let v: Vec<_> = sentences.iter().map(|s| s.words.iter().map(|w| serde_json::json!({
                        "form": w.form, "lemma": w.lemma, "upos": w.upos, "xpos": w.xpos, "head": w.head,
                        "deprel": w.deprel, "ner": conllu::Sentence::misc_value(w, "NER").unwrap_or("O"),
                    })).collect::<Vec<_>>()).collect();
                    out = serde_json::to_string_pretty(&v).context("annotate: JSON output")? + "\n";
                }
            }
        }
        AnnotateInput::Iob2 => {
            let gold = conllu::parse_iob2(&text, &name)?;
            if args.score {
                println!("{}", train::score_ner(p, &gold));
                return Ok(());
            }
            let mut sentences: Vec<conllu::Sentence> = gold.iter().map(|g| conllu::Sentence::from_forms(&g.forms)).collect();
            p.annotate_sentences(&mut sentences);
            conllu::write(&sentences, &mut out);
        }
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).context("annotate: writing to stdout")?;
    Ok(())
}
