//! Trains a learned pair model (src/extract/relations/learned.rs) on gold articles and
//! reports how it would do on others:
//!
//! `cargo run --release --example pairs -- --predicate PREDICATE --train DIR...
//! [--test DIR...] [--out FILE] [--threshold P]`
//!
//! Every pair the rules leave without the predicate (an event and a person or body for
//! `participant`, a body or place and a place for `locatedIn`) becomes an example, labelled
//! by whether the gold article states the predicate between them.
//! The model is logistic regression fitted by stochastic gradient descent in a fixed order
//! (the same data give the same file). With `--test`, it prints, for a range of thresholds,
//! how many pairs of the test articles it would add and how many of them gold confirms.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use factgraph::eval::{gold_pairs, GoldArticle};
use factgraph::extract::relations::PairModel;
use factgraph::extract::{pair_candidates, Predicate};

/// Features seen fewer times than this in training are left out.
const MIN_COUNT: usize = 3;
const EPOCHS: usize = 15;
const L2: f32 = 1e-4;
const DEFAULT_THRESHOLD: f32 = 0.5;

fn gold_files(dirs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).with_context(|| format!("reading directory {}", dir.display()))? {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// (features, label, (article, object), description) for every candidate pair of every article.
type Example = (Vec<String>, bool, (usize, usize), String);

fn examples(files: &[PathBuf], predicate: Predicate) -> anyhow::Result<Vec<Example>> {
    let mut out = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let gold: GoldArticle = serde_json::from_str(&text).with_context(|| format!("reading gold file {}", path.display()))?;
        for doc in factgraph::document::read_path(Path::new(path))? {
            let (ex, mut candidates) = pair_candidates(&doc);
            candidates.retain(|c| c.predicate == predicate);
            let pairs: Vec<(usize, usize)> = candidates.iter().map(|c| (c.subject, c.object)).collect();
            let labels = gold_pairs(&gold, &ex, predicate, &pairs);
            out.extend(candidates.into_iter().zip(labels).map(|(c, l)| {
                let what = format!("{}\t{}\t{}\t{}", doc.id, ex.entities[c.subject].label, ex.entities[c.object].label, doc.slice(c.evidence));
                (c.features, l, (i, c.object), what)
            }));
        }
        if (i + 1) % 100 == 0 {
            eprintln!("{} of {} articles", i + 1, files.len());
        }
    }
    Ok(out)
}

struct Model {
    weights: HashMap<String, f32>,
    bias: f32,
}

fn train(data: &[Example]) -> Model {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (features, _, _, _) in data {
        for f in features {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = counts.iter().filter(|(_, &c)| c >= MIN_COUNT).map(|(&f, _)| f).collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    let rows: Vec<(Vec<usize>, f32)> = data.iter().map(|(fs, l, _, _)| (fs.iter().filter_map(|f| index.get(f.as_str()).copied()).collect(), if *l { 1.0 } else { 0.0 })).collect();
    let mut w = vec![0f32; names.len()];
    let mut bias = 0f32;
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for epoch in 0..EPOCHS {
        // A fixed-seed Fisher–Yates shuffle, so training is deterministic.
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let rate = 0.1 / (1.0 + epoch as f32);
        for &r in &order {
            let (fs, y) = &rows[r];
            let z = bias + fs.iter().map(|&f| w[f]).sum::<f32>();
            let g = 1.0 / (1.0 + (-z).exp()) - y;
            bias -= rate * g;
            for &f in fs {
                w[f] -= rate * (g + L2 * w[f]);
            }
        }
    }
    let weights = names.iter().zip(&w).filter(|(_, w)| w.abs() >= 1e-3).map(|(f, w)| (f.to_string(), *w)).collect();
    Model { weights, bias }
}

fn main() -> anyhow::Result<()> {
    let mut train_dirs = Vec::new();
    let mut test_dirs = Vec::new();
    let mut out = None;
    let mut threshold = DEFAULT_THRESHOLD;
    let mut predicate = Predicate::Participant;
    let mut target = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--train" => target = Some(0),
            "--test" => target = Some(1),
            "--out" => target = Some(2),
            "--threshold" => target = Some(3),
            "--predicate" => target = Some(4),
            _ => match target {
                Some(0) => train_dirs.push(PathBuf::from(arg)),
                Some(1) => test_dirs.push(PathBuf::from(arg)),
                Some(2) => out = Some(PathBuf::from(arg)),
                Some(3) => threshold = arg.parse().with_context(|| format!("--threshold {arg}"))?,
                Some(4) => predicate = Predicate::parse(&arg).filter(|p| *p == Predicate::Participant || factgraph::extract::relations::LEARNED_PAIRS.contains(p)).with_context(|| format!("--predicate {arg}: participant, locatedIn or partOf"))?,
                _ => bail!("usage: pairs --predicate PREDICATE --train DIR... [--test DIR...] [--out FILE] [--threshold P]"),
            },
        }
    }
    if train_dirs.is_empty() {
        bail!("usage: pairs --predicate PREDICATE --train DIR... [--test DIR...] [--out FILE] [--threshold P]");
    }
    let train_files = gold_files(&train_dirs)?;
    let data = examples(&train_files, predicate)?;
    let positives = data.iter().filter(|(_, l, _, _)| *l).count();
    eprintln!("{} articles, {} pairs, {} stated", train_files.len(), data.len(), positives);
    let model = train(&data);
    eprintln!("{} weights", model.weights.len());
    // The file as it is written, read back as the extractor reads it, scores the test pairs.
    let mut lines: Vec<(&String, &f32)> = model.weights.iter().collect();
    lines.sort_by(|a, b| a.0.cmp(b.0));
    let mut text = format!(
        "# Learned {} model (src/extract/relations/learned.rs): logistic regression, {EPOCHS} epochs,\n# features seen {MIN_COUNT}+ times, trained by examples/pairs.rs on {} gold articles\n# ({} pairs, {} stated). weight<TAB>feature.\n",
        predicate.local_name(),
        train_files.len(),
        data.len(),
        positives
    );
    text.push_str(&format!("{threshold}\t__threshold__\n{:.4}\t__bias__\n", model.bias));
    for (f, w) in lines {
        text.push_str(&format!("{w:.4}\t{f}\n"));
    }
    let model = PairModel::parse(&text).map_err(|e| anyhow::anyhow!("reading the trained model back: {e}"))?;
    if !test_dirs.is_empty() {
        let test = examples(&gold_files(&test_dirs)?, predicate)?;
        // As at run time, a person or body takes part only in the event it scores highest with.
        let argmax = predicate == Predicate::Participant;
        let mut best: HashMap<(usize, usize), f32> = HashMap::new();
        let probabilities: Vec<f32> = test.iter().map(|(f, _, _, _)| model.probability(f)).collect();
        for ((_, _, key, _), &p) in test.iter().zip(&probabilities) {
            let b = best.entry(*key).or_insert(p);
            *b = b.max(p);
        }
        let kept: Vec<(&Example, f32)> = test.iter().zip(probabilities.iter().copied()).filter(|((_, _, key, _), p)| !argmax || best[key] == *p).collect();
        if let Ok(list) = std::env::var("PAIRS_LIST") {
            let lines: Vec<String> = kept.iter().map(|((_, l, _, what), p)| format!("{p:.3}\t{l}\t{what}")).collect();
            std::fs::write(&list, lines.join("\n") + "\n").with_context(|| format!("writing {list}"))?;
        }
        let scored: Vec<(f32, bool)> = kept.iter().map(|((_, l, _, _), p)| (*p, *l)).collect();
        println!("test: {} pairs, {} stated", scored.len(), scored.iter().filter(|(_, l)| *l).count());
        println!("threshold  added  right  wrong  precision");
        for t in [0.3f32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9] {
            let added: Vec<bool> = scored.iter().filter(|(p, _)| *p >= t).map(|(_, l)| *l).collect();
            let right = added.iter().filter(|l| **l).count();
            println!("{t:>9.2} {:>6} {:>6} {:>6} {:>10.3}", added.len(), right, added.len() - right, right as f64 / added.len().max(1) as f64);
        }
    }
    if let Some(out) = out {
        std::fs::write(&out, text).with_context(|| format!("writing {}", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}
