//! Linking measured on GUM (../shared/data/gum), whose named entities carry Wikipedia
//! identities mapped to Wikidata QIDs by wiki_map.tab. Ignored by default (it reads the
//! whole split and only reports numbers); run it with
//!
//! ```sh
//! cargo test --test suite link_gum -- --ignored --nocapture            # test split, bundled index
//! GUM_SPLIT=dev FACTGRAPH_INDEX=wd-index cargo test --test suite link_gum -- --ignored --nocapture
//! ```
//!
//! Per document, every coreference group of type person / organization / place / event
//! with a proper-noun mention becomes one entity (label: its first proper-noun mention;
//! other proper-noun mentions as alternative labels), and the document's entities are
//! linked together, as `ingest` links an article. Reported, over proper-noun mentions:
//! - accuracy on the mentions whose gold QID is in the index;
//! - the share of the split's distinct gold QIDs that the index covers;
//! - precision of all links made (a wrong link counts against it, "no link" does not).

use crate::common;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use factgraph::extract::{Entity, EntityType};
use factgraph::link::Linker;


#[derive(Debug, Default, Clone)]
struct Group {
    kind: String,
    identity: Option<String>,
    /// Texts of proper-noun mentions.
    names: Vec<String>,
}

/// Documents of a CoNLL-U file: per document, groups by id.
fn read_gum(text: &str) -> Vec<Vec<Group>> {
    let mut docs: Vec<HashMap<String, Group>> = Vec::new();
    let mut order: Vec<Vec<String>> = Vec::new();
    // Open mentions: (group id, tokens so far, any PROPN).
    let mut open: Vec<(String, Vec<String>, bool)> = Vec::new();
    for line in text.lines() {
        if line.starts_with("# newdoc") {
            docs.push(HashMap::new());
            order.push(Vec::new());
            open.clear();
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let (form, upos, misc) = (cols[1], cols[3], cols[9]);
        let Some(doc) = docs.last_mut() else { continue };
        let ord = order.last_mut().unwrap();
        let entity = misc.split('|').find_map(|m| m.strip_prefix("Entity=")).unwrap_or("");
        // Openings on this token.
        let mut closes_here: Vec<String> = Vec::new();
        let chars: Vec<char> = entity.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '(' {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && chars[j] != '(' && chars[j] != ')' {
                    j += 1;
                }
                let spec: String = chars[start..j].iter().collect();
                let fields: Vec<&str> = spec.split('-').collect();
                let id = fields[0].to_string();
                let g = doc.entry(id.clone()).or_insert_with(|| {
                    ord.push(id.clone());
                    Group::default()
                });
                g.kind = fields.get(1).unwrap_or(&"").to_string();
                if fields.len() >= 8 {
                    g.identity = Some(common::decode_wiki_title(&fields[7..].join("-")));
                }
                open.push((id.clone(), Vec::new(), false));
                if j < chars.len() && chars[j] == ')' {
                    closes_here.push(id);
                    j += 1;
                }
                i = j;
            } else if chars[i].is_ascii_digit() {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i < chars.len() && chars[i] == ')' {
                    closes_here.push(chars[start..i].iter().collect());
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
        for (_, toks, propn) in open.iter_mut() {
            toks.push(form.to_string());
            *propn |= upos == "PROPN";
        }
        for id in closes_here {
            if let Some(pos) = open.iter().rposition(|(g, _, _)| *g == id) {
                let (g, toks, propn) = open.remove(pos);
                if propn {
                    let mut text = toks.join(" ");
                    for p in [" ,", " .", " 's", " '"] {
                        text = text.replace(p, &p[1..]);
                    }
                    if let Some(group) = doc.get_mut(&g) {
                        group.names.push(text);
                    }
                }
            }
        }
    }
    docs.into_iter()
        .zip(order)
        .map(|(mut d, o)| o.into_iter().filter_map(|id| d.remove(&id)).collect())
        .collect()
}

fn kind(etype: &str) -> Option<EntityType> {
    match etype {
        "person" => Some(EntityType::Person),
        "organization" => Some(EntityType::Organization),
        "place" => Some(EntityType::Place),
        "event" => Some(EntityType::Event),
        _ => None,
    }
}

#[test]
#[ignore = "measurement: cargo test --test suite link_gum -- --ignored --nocapture"]
fn gum_link_measurement() {
    let gum = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gum");
    if !gum.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "{} missing under CI", gum.display());
        eprintln!("note: {} not found, measurement skipped", gum.display());
        return;
    }
    let split = std::env::var("GUM_SPLIT").unwrap_or_else(|_| "test".into());
    let file = match split.as_str() {
        "test" => gum.join("test/en_gum-test.conllu"),
        s => gum.join(format!("en_gum-{s}.conllu")),
    };
    let mut qids: HashMap<String, String> = HashMap::new();
    for line in std::fs::read_to_string(gum.join("wiki_map.tab")).unwrap().lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 3 {
            qids.insert(common::decode_wiki_title(cols[0]), cols[2].to_string());
        }
    }
    let indexes: Vec<PathBuf> = std::env::var("FACTGRAPH_INDEX")
        .map(|v| v.split(':').filter(|s| !s.is_empty()).map(PathBuf::from).collect())
        .unwrap_or_default();
    let linker = Linker::with_indexes(&indexes).unwrap();

    let docs = read_gum(&std::fs::read_to_string(&file).unwrap());
    let (mut in_index, mut in_index_correct) = (0usize, 0usize);
    let (mut made, mut made_correct) = (0usize, 0usize);
    let mut gold_mentions = 0usize;
    let mut gold_qids: HashSet<String> = HashSet::new();
    let mut errors: Vec<String> = Vec::new();
    for groups in &docs {
        let groups: Vec<&Group> = groups.iter().filter(|g| kind(&g.kind).is_some() && !g.names.is_empty()).collect();
        let mut entities: Vec<Entity> = groups
            .iter()
            .map(|g| {
                let k = kind(&g.kind).unwrap();
                let mut names = g.names.clone();
                names.dedup();
                let label = names.remove(0);
                Entity {
                    kind: k,
                    class: k.class_name().to_string(),
                    label,
                    alt_labels: names,
                    wikidata: None,
                    link_score: None,
                    mentions: Vec::new(),
                }
            })
            .collect();
        linker.link_entities(&mut entities, &HashSet::new());
        for (g, e) in groups.iter().zip(&entities) {
            let gold = g.identity.as_ref().and_then(|t| qids.get(t));
            let n = g.names.len();
            if let Some(q) = gold {
                gold_mentions += n;
                gold_qids.insert(q.clone());
                if linker.by_qid(q).is_some() {
                    in_index += n;
                    if e.wikidata.as_ref() == Some(q) {
                        in_index_correct += n;
                    }
                }
            }
            if let Some(l) = &e.wikidata {
                made += n;
                if gold == Some(l) {
                    made_correct += n;
                } else if errors.len() < 25 {
                    errors.push(format!("{:?} {:?} -> {l}, gold {:?}", e.kind, e.label, gold));
                }
            }
        }
    }
    let covered = gold_qids.iter().filter(|q| linker.by_qid(q).is_some()).count();
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("GUM {split}: {} documents, {gold_mentions} proper-noun mentions with a gold QID, {} distinct QIDs", docs.len(), gold_qids.len());
    println!("index: {linker:?}");
    println!("coverage of gold QIDs: {:.3} ({covered}/{})", pct(covered, gold_qids.len()), gold_qids.len());
    println!("accuracy where the gold QID is in the index: {:.3} ({in_index_correct}/{in_index} mentions)", pct(in_index_correct, in_index));
    println!("precision of all links made: {:.3} ({made_correct}/{made} mentions)", pct(made_correct, made));
    for e in &errors {
        println!("  wrong: {e}");
    }
}
