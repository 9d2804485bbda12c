//! Checks the bundled gazetteer's data, because a wrong QID silently links facts to the wrong
//! Wikidata item: file structure (QID syntax, no duplicates, country references), agreement
//! with independent QID sources in the shared data (GUM's Wikipedia-title map, Wikidata JSON
//! samples, the gold articles) and a hand-written list of well-known QIDs.
//!
//! The shared data lives next to the checkout (`../shared`); the tests that need it print a
//! note and pass when it is absent, except under CI (env `CI` set), where they fail.

use crate::common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use factgraph::link::gazetteer::{is_qid, normalize_name, ORGANIZATIONS_PATH, PLACES_PATH};
use factgraph::link::{Gazetteer, GazetteerEntry};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}


/// Data rows of a gazetteer file as (line number, columns).
fn raw_rows(rel: &str) -> Vec<(usize, Vec<String>)> {
    let text = fs::read_to_string(manifest_dir().join(rel)).unwrap();
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            assert_eq!(line, "qid\tlabel\tclass\tcountry\taliases", "{rel}: header");
            continue;
        }
        rows.push((i + 1, line.split('\t').map(String::from).collect()));
    }
    rows
}

fn names(e: &GazetteerEntry) -> Vec<&str> {
    e.names().collect()
}

#[test]
fn files_are_well_formed() {
    let mut countries = HashSet::new();
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for rel in [PLACES_PATH, ORGANIZATIONS_PATH] {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (line, cols) in raw_rows(rel) {
            if cols.len() != 5 {
                problems.push(format!("{rel}: line {line}: {} columns", cols.len()));
                continue;
            }
            let qid = &cols[0];
            if !is_qid(qid) {
                problems.push(format!("{rel}: line {line}: bad QID {qid:?}"));
            }
            if let Some(first) = seen.insert(qid.clone(), line) {
                problems.push(format!("{rel}: line {line}: duplicate QID {qid} (line {first})"));
            }
            if cols[2] == "Country" {
                countries.insert(qid.clone());
            }
            all.push((rel, line, cols));
        }
    }
    for (rel, line, cols) in &all {
        let country = &cols[3];
        if !country.is_empty() && !countries.contains(country) {
            problems.push(format!("{rel}: line {line}: country {country} is not a Country entry"));
        }
        if cols[2] == "Country" && !country.is_empty() {
            problems.push(format!("{rel}: line {line}: a country with a country column"));
        }
    }
    assert!(problems.is_empty(), "gazetteer problems:\n{}", problems.join("\n"));

    let g = Gazetteer::bundled();
    assert_eq!(g.len(), all.len());
    assert!(g.len() >= 300, "only {} entries", g.len());
    for e in g.entries() {
        assert!(e.is_place() != e.is_organization(), "{}: class {}", e.qid, e.class);
    }
}


#[test]
fn agrees_with_gum_wiki_map() {
    let Some(shared) = common::shared_dir("agrees_with_gum_wiki_map") else { return };
    let text = fs::read_to_string(shared.join("data/gum/wiki_map.tab")).unwrap();
    let mut titles: HashMap<String, String> = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 3 {
            titles.insert(common::decode_wiki_title(cols[0]), cols[2].to_string());
        }
    }
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for e in Gazetteer::bundled().entries() {
        let mut hit = false;
        for name in names(e) {
            if let Some(qid) = titles.get(name) {
                hit = true;
                if qid != &e.qid {
                    mismatches.push(format!("{} {:?}: wiki_map says {name:?} is {qid}", e.qid, e.label));
                }
            }
        }
        checked += usize::from(hit);
    }
    println!("wiki_map.tab: {checked} gazetteer entries checked");
    assert!(mismatches.is_empty(), "QIDs disagreeing with wiki_map.tab:\n{}", mismatches.join("\n"));
    assert!(checked >= 30, "only {checked} entries could be checked against wiki_map.tab");
}

/// English label and aliases of every entity found in a Wikidata JSON value (an entity, a
/// `wbgetentities` response or a dump array).
fn collect_entities(v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_entities(i, out)),
        serde_json::Value::Object(map) => {
            if let Some(entities) = map.get("entities").and_then(|e| e.as_object()) {
                entities.values().for_each(|e| collect_entities(e, out));
                return;
            }
            let Some(id) = map.get("id").and_then(|i| i.as_str()) else { return };
            if !is_qid(id) {
                return;
            }
            if let Some(label) = v.pointer("/labels/en/value").and_then(|l| l.as_str()) {
                out.push((label.to_string(), id.to_string()));
            }
            if let Some(aliases) = v.pointer("/aliases/en").and_then(|a| a.as_array()) {
                for a in aliases.iter().filter_map(|a| a.get("value")?.as_str()) {
                    out.push((a.to_string(), id.to_string()));
                }
            }
        }
        _ => {}
    }
}

/// Parses a whole JSON document, or else a dump (`[`, one entity per line with a trailing
/// comma, `]`), skipping malformed lines.
fn parse_json_text(text: &str, out: &mut Vec<(String, String)>) {
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        collect_entities(&v, out);
        return;
    }
    for line in text.lines() {
        let line = line.trim().trim_end_matches(',');
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            collect_entities(&v, out);
        }
    }
}

#[test]
fn agrees_with_wikidata_json_samples() {
    let Some(shared) = common::shared_dir("agrees_with_wikidata_json_samples") else { return };
    let dir = shared.join("data/wikidata_json_samples");
    let mut labelled = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            parse_json_text(&fs::read_to_string(&path).unwrap(), &mut labelled);
        } else if name.ends_with(".json.gz") {
            // flate2 is not a dependency: read through zcat when it is there.
            match std::process::Command::new("zcat").arg(&path).output() {
                Ok(o) if o.status.success() => {
                    parse_json_text(&String::from_utf8_lossy(&o.stdout), &mut labelled)
                }
                _ => eprintln!("note: {name} skipped (no zcat)"),
            }
        }
    }
    assert!(!labelled.is_empty(), "no English labels found in {}", dir.display());
    let by_name: HashMap<String, Vec<String>> =
        labelled.into_iter().fold(HashMap::new(), |mut m, (label, qid)| {
            m.entry(normalize_name(&label)).or_default().push(qid);
            m
        });
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for e in Gazetteer::bundled().entries() {
        // Only labels: aliases are too loose a key for the sample's few entities.
        if let Some(qids) = by_name.get(&normalize_name(&e.label)) {
            checked += 1;
            if !qids.contains(&e.qid) {
                mismatches.push(format!("{} {:?}: samples give {qids:?}", e.qid, e.label));
            }
        }
        // Conversely, a sample entity whose QID we have must carry a name we know.
    }
    for (name, qids) in &by_name {
        for qid in qids {
            if let Some(e) = Gazetteer::bundled().by_qid(qid) {
                checked += 1;
                if !e.names().any(|n| &normalize_name(n) == name) {
                    println!("note: {qid} is {:?} in the samples, {:?} here", name, e.label);
                }
            }
        }
    }
    println!("wikidata_json_samples: {checked} checks");
    assert!(mismatches.is_empty(), "QIDs disagreeing with the samples:\n{}", mismatches.join("\n"));
}

#[test]
fn resolves_gold_entities() {
    let Some(shared) = common::shared_dir("resolves_gold_entities") else { return };
    let dir = shared.join("eval/dev");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let g = Gazetteer::bundled();
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in &files {
        let doc: serde_json::Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let file = path.file_name().unwrap().to_string_lossy();
        for ent in doc["entities"].as_array().into_iter().flatten() {
            let Some(gold) = ent["wikidata"].as_str() else { continue };
            let mut surface: Vec<&str> = ent["name"].as_str().into_iter().collect();
            surface.extend(ent["aliases"].as_array().into_iter().flatten().filter_map(|a| a.as_str()));
            for s in surface {
                let hits = g.lookup(s);
                if hits.is_empty() {
                    continue;
                }
                checked += 1;
                if hits[0].qid != gold {
                    let got: Vec<&str> = hits.iter().map(|e| e.qid.as_str()).collect();
                    failures.push(format!("{file}: {s:?} is {gold}, gazetteer gives {got:?}"));
                }
            }
        }
    }
    println!("gold: {checked} names checked in {} files", files.len());
    assert!(failures.is_empty(), "gold entities not resolved:\n{}", failures.join("\n"));
    assert!(checked > 0 || files.is_empty());
}

#[test]
fn well_known_qids() {
    let expected: BTreeMap<&str, &str> = [
        ("Q30", "United States"),
        ("Q145", "United Kingdom"),
        ("Q142", "France"),
        ("Q183", "Germany"),
        ("Q17", "Japan"),
        ("Q148", "China"),
        ("Q159", "Russia"),
        ("Q668", "India"),
        ("Q843", "Pakistan"),
        ("Q794", "Iran"),
        ("Q43", "Turkey"),
        ("Q232", "Kazakhstan"),
        ("Q813", "Kyrgyzstan"),
        ("Q863", "Tajikistan"),
        ("Q265", "Uzbekistan"),
        ("Q874", "Turkmenistan"),
        ("Q889", "Afghanistan"),
        ("Q854", "Sri Lanka"),
        ("Q711", "Mongolia"),
        ("Q702", "Federated States of Micronesia"),
        ("Q230", "Georgia"),
        ("Q227", "Azerbaijan"),
        ("Q1520", "Astana"),
        ("Q35493", "Almaty"),
        ("Q9365", "Dushanbe"),
        ("Q9361", "Bishkek"),
        ("Q269", "Tashkent"),
        ("Q23438", "Ashgabat"),
        ("Q5838", "Kabul"),
        ("Q1352", "Chennai"),
        ("Q649", "Moscow"),
        ("Q90", "Paris"),
        ("Q84", "London"),
        ("Q64", "Berlin"),
        ("Q1490", "Tokyo"),
        ("Q956", "Beijing"),
        ("Q61", "Washington, D.C."),
        ("Q27275", "Central Asia"),
        ("Q46", "Europe"),
        ("Q48", "Asia"),
        ("Q81299", "Organization for Security and Co-operation in Europe"),
        ("Q1065", "United Nations"),
        ("Q458", "European Union"),
        ("Q7184", "NATO"),
        ("Q740308", "UNICEF"),
        ("Q7817", "World Health Organization"),
        ("Q7804", "International Monetary Fund"),
        ("Q7164", "World Bank"),
        ("Q130879", "Reuters"),
        ("Q40469", "Associated Press"),
        ("Q40464", "Agence France-Presse"),
    ]
    .into_iter()
    .collect();
    let g = Gazetteer::bundled();
    let mut problems = Vec::new();
    for (qid, label) in &expected {
        match g.by_qid(qid) {
            None => problems.push(format!("{qid} ({label}) missing")),
            Some(e) if e.label != *label => problems.push(format!("{qid}: {:?}, expected {label:?}", e.label)),
            Some(_) => {}
        }
        let hits = g.lookup(label);
        if hits.first().map(|e| e.qid.as_str()) != Some(*qid) {
            problems.push(format!("lookup({label:?}) does not give {qid} first"));
        }
    }
    // Aliases the linker relies on.
    for (name, qid) in [
        ("Nur-Sultan", "Q1520"),
        ("Nur Sultan", "Q1520"),
        ("Tselinograd", "Q1520"),
        ("Akmola", "Q1520"),
        ("Republic of Kazakhstan", "Q232"),
        ("the United States of America", "Q30"),
        ("U.S.", "Q30"),
        ("USA", "Q30"),
        ("the OSCE", "Q81299"),
        ("UNHCR", "Q132551"),
        ("FSM", "Q702"),
        ("UN", "Q1065"),
        ("Alma-Ata", "Q35493"),
    ] {
        if g.lookup(name).first().map(|e| e.qid.as_str()) != Some(qid) {
            problems.push(format!("lookup({name:?}) does not give {qid} first"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(Path::new(&manifest_dir().join(PLACES_PATH)).is_file());
}

/// An abbreviation in data/lexicon/places.toml that names no gazetteer place would be
/// silently ignored by the extractor.
#[test]
fn place_abbreviations_name_gazetteer_places() {
    let lex = factgraph::extract::lexicon::Lexicon::load().unwrap();
    assert!(!lex.place_abbreviations.is_empty());
    let missing: Vec<_> = lex
        .place_abbreviations
        .iter()
        .filter(|(_, label)| !Gazetteer::bundled().lookup(label).iter().any(|e| e.is_place() && &e.label == *label))
        .collect();
    assert!(missing.is_empty(), "abbreviations naming no gazetteer place: {missing:?}");
}

/// The generated town list parses, names only countries the gazetteer has, and never
/// repeats a name the hand-checked gazetteer already gives (those entries must win).
#[test]
fn town_list_agrees_with_the_gazetteer() {
    let towns = factgraph::link::Towns::bundled();
    let gaz = Gazetteer::bundled();
    assert!(towns.len() > 10_000, "only {} towns", towns.len());
    for t in towns.iter() {
        let country = gaz.by_qid(&t.country).unwrap_or_else(|| panic!("{}: country {} is not in the gazetteer", t.name, t.country));
        assert_eq!(country.class, "Country", "{}: {} is not a country", t.name, t.country);
        assert!(gaz.lookup(&t.name).is_empty(), "{} is in the gazetteer too", t.name);
        assert!(t.population >= 15_000, "{} has {} inhabitants", t.name, t.population);
    }
    let tampere = towns.lookup("Tampere").expect("Tampere is listed");
    assert_eq!(gaz.by_qid(&tampere.country).unwrap().label, "Finland");
}
