//! Scoring extraction against gold articles, exactly as ../shared/eval/GUIDELINES.md
//! defines it: label matching after normalisation (events also by whole-word containment),
//! one-to-one matching of relations, micro-averaged precision, recall and F1.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::{read_path, ReadError};
use crate::extract::{extract, Entity, EntityType, Extraction, Object, Predicate};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("reading gold directory {path}: {source}")]
    Dir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("reading gold file {path}: {message}")]
    Gold { path: PathBuf, message: String },
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("no gold files (*.json) in {0}")]
    Empty(PathBuf),
}

#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub wikidata: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldRelation {
    pub subject: String,
    pub predicate: String,
    pub object: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// True positives, false positives and false negatives.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Default)]
pub struct EvalReport {
    pub articles: usize,
    pub by_predicate: BTreeMap<&'static str, Counts>,
    pub relations: Counts,
    pub entities: Counts,
    /// Links on entities whose gold id is known: correct / made.
    pub links_correct: usize,
    pub links_made: usize,
    pub gold_ids: usize,
    /// Per article: (id, relation counts).
    pub per_article: Vec<(String, Counts)>,
    /// Every spurious ("+") and missed ("-") relation, per article, for `eval -v`.
    pub differences: Vec<(String, Vec<String>)>,
}

impl EvalReport {
    /// The spurious (+) and missed (-) relations of every article, one per line.
    pub fn differences_text(&self) -> String {
        let mut out = String::new();
        for (id, lines) in &self.differences {
            if lines.is_empty() {
                continue;
            }
            out.push_str(&format!("{id}\n"));
            for l in lines {
                out.push_str(&format!("  {l}\n"));
            }
        }
        out
    }

    pub fn link_precision(&self) -> f64 {
        ratio(self.links_correct, self.links_made)
    }
    pub fn link_recall(&self) -> f64 {
        ratio(self.links_correct, self.gold_ids)
    }
}

/// Lower-cased, punctuation removed, a leading "the" dropped, white space collapsed.
pub fn normalize_label(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() || c.is_whitespace() { c.to_lowercase().next().unwrap_or(c) } else if c == '-' || c == '–' { ' ' } else { '\0' })
        .filter(|&c| c != '\0')
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = if words.first() == Some(&"the") { &words[1..] } else { &words[..] };
    words.join(" ")
}

fn contains_words(long: &str, short: &str) -> bool {
    !short.is_empty() && format!(" {long} ").contains(&format!(" {short} "))
}

fn labels_match(kind: EntityType, extracted: &[String], gold: &[String]) -> bool {
    extracted.iter().any(|e| {
        gold.iter().any(|g| e == g || (kind == EntityType::Event && (contains_words(e, g) || contains_words(g, e))))
    })
}

fn entity_labels(e: &Entity) -> Vec<String> {
    std::iter::once(&e.label).chain(e.alt_labels.iter()).map(|l| normalize_label(l)).collect()
}

fn gold_labels(g: &GoldEntity) -> Vec<String> {
    std::iter::once(&g.name).chain(g.aliases.iter()).map(|l| normalize_label(l)).collect()
}

fn first_words(s: &str, n: usize) -> String {
    normalize_label(s).split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// Scores one article's extraction. Returns (relation counts by predicate, entity counts,
/// links correct, links made, gold ids).
fn score_article(gold: &GoldArticle, ex: &Extraction, report: &mut EvalReport) -> Counts {
    let gold_by_id: BTreeMap<&str, &GoldEntity> = gold.entities.iter().map(|g| (g.id.as_str(), g)).collect();
    let ex_labels: Vec<Vec<String>> = ex.entities.iter().map(entity_labels).collect();
    let entity_end = |ei: usize, gid: &str| -> bool {
        let Some(g) = gold_by_id.get(gid) else { return false };
        let e = &ex.entities[ei];
        labels_match(e.kind, &ex_labels[ei], &gold_labels(g))
    };
    let mut article = Counts::default();
    let mut differences = Vec::new();
    let mut gold_used = vec![false; gold.relations.len()];
    for f in &ex.facts {
        let pred = f.predicate.local_name();
        let mut matched = false;
        for (gi, g) in gold.relations.iter().enumerate() {
            if gold_used[gi] || g.predicate != pred || !entity_end(f.subject, &g.subject) {
                continue;
            }
            let object_ok = match (&f.object, &g.object, &g.value) {
                (Object::Entity(o), Some(go), _) => entity_end(*o, go),
                (Object::Date(v), _, Some(gv)) => v == gv,
                (Object::Text(v), _, Some(gv)) => normalize_label(v) == normalize_label(gv),
                (Object::Quotation(v), _, Some(gv)) => first_words(v, 4) == first_words(gv, 4),
                _ => false,
            };
            if object_ok {
                gold_used[gi] = true;
                matched = true;
                break;
            }
        }
        let c = report.by_predicate.entry(pred).or_default();
        if matched {
            c.tp += 1;
            article.tp += 1;
        } else {
            c.fp += 1;
            article.fp += 1;
            let object = match &f.object {
                Object::Entity(o) => ex.entities[*o].label.clone(),
                Object::Date(v) | Object::Text(v) | Object::Quotation(v) => v.clone(),
            };
            differences.push(format!("+ {pred}({}, {})", ex.entities[f.subject].label, object));
        }
    }
    for (gi, g) in gold.relations.iter().enumerate() {
        if !gold_used[gi] {
            let name = Predicate::parse(&g.predicate).map(|p| p.local_name()).unwrap_or("unknown");
            report.by_predicate.entry(name).or_default().fn_ += 1;
            article.fn_ += 1;
            let subject = gold_by_id.get(g.subject.as_str()).map_or(g.subject.as_str(), |e| e.name.as_str());
            let object = g.object.as_deref().map(|o| gold_by_id.get(o).map_or(o, |e| e.name.as_str())).or(g.value.as_deref()).unwrap_or("");
            differences.push(format!("- {}({subject}, {object})", g.predicate));
        }
    }
    // Entities: typed, one-to-one.
    let mut gold_taken = vec![false; gold.entities.len()];
    for (ei, e) in ex.entities.iter().enumerate() {
        let hit = gold.entities.iter().enumerate().position(|(gi, g)| {
            !gold_taken[gi] && EntityType::parse(&g.kind) == Some(e.kind) && labels_match(e.kind, &ex_labels[ei], &gold_labels(g))
        });
        match hit {
            Some(gi) => {
                gold_taken[gi] = true;
                report.entities.tp += 1;
                let g = &gold.entities[gi];
                if let (Some(gq), Some(eq)) = (&g.wikidata, &e.wikidata) {
                    report.links_made += 1;
                    if gq == eq {
                        report.links_correct += 1;
                    }
                }
            }
            None => {
                report.entities.fp += 1;
                differences.push(format!("+ {}: {}", e.kind.class_name(), e.label));
            }
        }
    }
    for (g, _) in gold.entities.iter().zip(&gold_taken).filter(|(_, t)| !**t) {
        differences.push(format!("- {}: {}", g.kind, g.name));
    }
    report.entities.fn_ += gold_taken.iter().filter(|t| !**t).count();
    report.gold_ids += gold.entities.iter().filter(|g| g.wikidata.is_some()).count();
    report.differences.push((gold.id.clone(), differences));
    article
}

/// Scores every `*.json` gold file in `gold_dir` (sorted by name).
pub fn evaluate(gold_dir: &Path) -> Result<EvalReport, EvalError> {
    let entries = std::fs::read_dir(gold_dir).map_err(|source| EvalError::Dir { path: gold_dir.into(), source })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(EvalError::Empty(gold_dir.into()));
    }
    let mut report = EvalReport::default();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| EvalError::Gold { path: path.clone(), message: e.to_string() })?;
        let gold: GoldArticle = serde_json::from_str(&text).map_err(|e| EvalError::Gold { path: path.clone(), message: e.to_string() })?;
        let doc = read_path(&path)?.into_iter().next().ok_or_else(|| EvalError::Gold { path: path.clone(), message: "no article".into() })?;
        let mut extraction = extract(&doc);
        crate::link::link_extraction(crate::link::Linker::shared(), &doc, &mut extraction);
        let counts = score_article(&gold, &extraction, &mut report);
        report.relations.add(counts);
        report.per_article.push((gold.id.clone(), counts));
        report.articles += 1;
    }
    Ok(report)
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} articles", self.articles)?;
        writeln!(f, "{:<12} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}", "predicate", "tp", "fp", "fn", "P", "R", "F1")?;
        for (p, c) in &self.by_predicate {
            writeln!(f, "{:<12} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}", p, c.tp, c.fp, c.fn_, c.precision(), c.recall(), c.f1())?;
        }
        let r = &self.relations;
        writeln!(f, "{:<12} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}", "micro", r.tp, r.fp, r.fn_, r.precision(), r.recall(), r.f1())?;
        let e = &self.entities;
        writeln!(f, "entities: P {:.3} R {:.3} F1 {:.3} ({} tp, {} fp, {} fn)", e.precision(), e.recall(), e.f1(), e.tp, e.fp, e.fn_)?;
        writeln!(
            f,
            "wikidata links: P {:.3} ({}/{}) R {:.3} ({}/{} gold ids)",
            self.link_precision(),
            self.links_correct,
            self.links_made,
            self.link_recall(),
            self.links_correct,
            self.gold_ids
        )?;
        write!(f, "relations: P {:.3} R {:.3} F1 {:.3}", r.precision(), r.recall(), r.f1())
    }
}

/// Does the extraction satisfy an expectation written as "Organization: Ministry of
/// Health" (an entity of that type with that label, matched as the scorer matches),
/// "Event = training seminar" (an entity whose main label is exactly that, for the
/// boundaries the scorer forgives) or "organizer(workshop, Green Fund)" (a fact, matched as
/// the scorer matches)? "not " before any of these expects it to be absent. Lexicon
/// examples and rule tests use these.
pub fn satisfied(ex: &Extraction, expect: &str) -> Result<bool, String> {
    if let Some(absent) = expect.strip_prefix("not ") {
        return satisfied(ex, absent).map(|found| !found);
    }
    if let Some((kind, label)) = expect.split_once(" = ") {
        let kind = EntityType::parse(kind).ok_or_else(|| format!("unknown entity type in {expect:?}"))?;
        return Ok(ex.entities.iter().any(|e| e.kind == kind && normalize_label(&e.label) == normalize_label(label)));
    }
    let labels: Vec<Vec<String>> = ex.entities.iter().map(entity_labels).collect();
    let label_ok = |i: usize, want: &str| labels_match(ex.entities[i].kind, &labels[i], &[normalize_label(want)]);
    if let Some((kind, label)) = expect.split_once(": ") {
        let kind = EntityType::parse(kind).ok_or_else(|| format!("unknown entity type in {expect:?}"))?;
        return Ok((0..ex.entities.len()).any(|i| ex.entities[i].kind == kind && label_ok(i, label)));
    }
    let bad = || format!("expected \"Type: label\" or \"predicate(subject, object)\", found {expect:?}");
    let (pred, rest) = expect.split_once('(').ok_or_else(bad)?;
    let (subject, object) = rest.strip_suffix(')').and_then(|r| r.split_once(", ")).ok_or_else(bad)?;
    Predicate::parse(pred).ok_or_else(|| format!("unknown predicate in {expect:?}"))?;
    Ok(ex.facts.iter().any(|f| {
        f.predicate.local_name() == pred
            && label_ok(f.subject, subject)
            && match &f.object {
                Object::Entity(o) => label_ok(*o, object),
                Object::Date(v) | Object::Text(v) => normalize_label(v) == normalize_label(object),
                Object::Quotation(q) => normalize_label(q).starts_with(&normalize_label(object)),
            }
    }))
}

/// The entities and facts of an extraction, one per line, for test failure messages.
pub fn describe(ex: &Extraction) -> String {
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

/// For each (subject, object) pair of extracted entities, whether the gold article states
/// `predicate` between entities they match (as the scorer matches them): the labels the
/// learned participant model trains on.
pub fn gold_pairs(gold: &GoldArticle, ex: &Extraction, predicate: Predicate, pairs: &[(usize, usize)]) -> Vec<bool> {
    let gold_by_id: BTreeMap<&str, &GoldEntity> = gold.entities.iter().map(|g| (g.id.as_str(), g)).collect();
    let ex_labels: Vec<Vec<String>> = ex.entities.iter().map(entity_labels).collect();
    let matches = |ei: usize, gid: &str| gold_by_id.get(gid).is_some_and(|g| labels_match(ex.entities[ei].kind, &ex_labels[ei], &gold_labels(g)));
    pairs
        .iter()
        .map(|&(s, o)| {
            gold.relations.iter().any(|g| g.predicate == predicate.local_name() && matches(s, &g.subject) && g.object.as_deref().is_some_and(|go| matches(o, go)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_normalise_as_the_guidelines_say() {
        assert_eq!(normalize_label("The OSCE Programme Office, Astana"), "osce programme office astana");
        assert!(contains_words("osce supported training seminar", "training seminar"));
        assert!(!contains_words("seminars", "seminar"));
        assert_eq!(first_words("“We are proud of our work”", 4), "we are proud of");
    }
}
