//! `wikidata import` on real dump-format data: the Wikidata-Toolkit samples in
//! ../shared/data/wikidata_json_samples (a .json.gz dump, a mock dump with PHP-style empty
//! arrays, full entities) and generated dumps in every accepted compression, including
//! malformed lines, which must be counted and skipped rather than stop the run.
//!
//! Tests that need ../shared print a note and pass when it is absent, except under CI.

use crate::common;

use std::io::Write;
use std::path::{Path, PathBuf};

use factgraph::extract::EntityType;
use factgraph::link::index::parse_qid_list;
use factgraph::link::{import, ImportOptions, WikidataIndex};


fn samples(test: &str) -> Option<PathBuf> {
    common::shared_dir(test).map(|d| d.join("data/wikidata_json_samples"))
}

fn run(dumps: &[PathBuf], out: &Path, opts: &ImportOptions) -> factgraph::link::ImportReport {
    import(dumps, out, opts, &mut |_| {}).unwrap()
}

#[test]
fn imports_the_shared_samples() {
    let Some(s) = samples("imports_the_shared_samples") else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("index");
    let dumps = [
        s.join("sample-dump-20150815.json.gz"),
        s.join("mock-dump-with-bugs.json"),
        s.join("mini-dump-5-entities.json"),
        s.join("mock-dump-for-testing.json"),
    ];
    let report = run(&dumps, &out, &ImportOptions::default());
    let gz = &report.files[0].1;
    assert_eq!((gz.items, gz.other, gz.malformed), (55, 46, 0), "sample .json.gz: {gz:?}");
    // "labels":[] and "claims":[] (PHP's empty arrays) are empty objects, not errors.
    let bugs = &report.files[1].1;
    assert_eq!((bugs.items, bugs.other, bugs.malformed), (55, 46, 0), "mock-dump-with-bugs: {bugs:?}");
    let mini = &report.files[2].1;
    assert_eq!((mini.items, mini.other), (4, 1));
    let mock = &report.files[3].1;
    assert_eq!((mock.items, mock.other), (2, 2), "a property and a lexeme are not items");
    assert_eq!(report.kept, 116);

    let ix = WikidataIndex::open(&out).unwrap();
    assert_eq!(ix.len(), 116);
    // Full entities: English label, aliases, description, P31, sitelinks.
    let adams = ix.lookup_key("douglas adams", 10);
    assert_eq!(adams.len(), 1);
    let (r, by_label) = &adams[0];
    assert!(by_label);
    assert_eq!(r.qid, 42);
    assert_eq!(r.label, "Douglas Adams");
    assert!(r.description.contains("writer"), "{}", r.description);
    assert!(r.instance_of.contains(&5));
    assert!(r.sitelinks > 50, "{}", r.sitelinks);
    assert_eq!(ix.item_kind(r), Some(EntityType::Person));
    // Diacritics folded, aliases found.
    let alias = ix.lookup_key("douglas noel adams", 10);
    assert_eq!(alias.first().map(|(r, l)| (r.qid, *l)), Some((42, false)));
    let ka = ix.lookup_key("karlsruhe", 10);
    assert_eq!(ka[0].0.qid, 1040);
    assert_eq!(ka[0].0.country, [183], "Karlsruhe is in Germany");
    assert_eq!(ix.item_kind(&ka[0].0), Some(EntityType::Place));
    // The 2015 dump has no labels, but its items are there by QID with their claims.
    let q298 = ix.by_qid("Q298").unwrap();
    assert!(q298.instance_of.contains(&3624078), "Chile is a sovereign state");
    assert_eq!(ix.item_kind(&q298), Some(EntityType::Place));
    assert!(ix.by_qid("Q999999999").is_none());
}

#[test]
fn filters_by_sitelinks_and_types() {
    let Some(s) = samples("filters_by_sitelinks_and_types") else { return };
    let dir = tempfile::tempdir().unwrap();
    let dumps = [s.join("mini-dump-5-entities.json"), s.join("sample-dump-20150815.json.gz")];

    let out = dir.path().join("popular");
    let r = run(&dumps, &out, &ImportOptions { min_sitelinks: 10, ..ImportOptions::default() });
    assert_eq!(r.kept, 4, "the 2015 sample has no sitelinks; the four full items have many");
    assert_eq!(r.filtered, 55);

    let out = dir.path().join("people");
    let r = run(&dumps, &out, &ImportOptions { types: parse_qid_list("Q5").unwrap(), ..ImportOptions::default() });
    let ix = WikidataIndex::open(&out).unwrap();
    assert!(ix.by_qid("Q42").is_some() && ix.by_qid("Q131261").is_some());
    assert!(ix.by_qid("Q1040").is_none(), "a city is not a human");
    assert!(r.kept >= 2);

    // A kind root keeps the core classes under it: Q2221906 keeps sovereign states and cities.
    let out = dir.path().join("places");
    run(&dumps, &out, &ImportOptions { types: parse_qid_list("Q2221906").unwrap(), ..ImportOptions::default() });
    let ix = WikidataIndex::open(&out).unwrap();
    assert!(ix.by_qid("Q298").is_some(), "Chile (sovereign state)");
    assert!(ix.by_qid("Q42").is_none());
}

const GOOD: &str = r#"{"type":"item","id":"Q1001","labels":{"en":{"language":"en","value":"Springfield"}},"aliases":{"en":[{"language":"en","value":"Springfield, Illinois"}]},"descriptions":{},"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"entity-type":"item","numeric-id":9001}}},"rank":"normal"}],"P17":[{"mainsnak":{"datavalue":{"value":{"entity-type":"item","id":"Q30"}}},"rank":"normal"}]},"sitelinks":{"enwiki":{"site":"enwiki","title":"Springfield, Illinois"}}}"#;
const CLASS: &str = r#"{"type":"item","id":"Q9001","labels":{"en":{"language":"en","value":"state capital"}},"claims":{"P279":[{"mainsnak":{"datavalue":{"value":{"id":"Q9002"}}},"rank":"normal"}]},"sitelinks":{}}"#;
const CLASS2: &str = r#"{"type":"item","id":"Q9002","labels":{"en":{"language":"en","value":"capital"}},"claims":{"P279":[{"mainsnak":{"datavalue":{"value":{"numeric-id":515}}},"rank":"normal"}]},"sitelinks":{}}"#;

fn dump_text(lines: &[&str]) -> String {
    let mut s = String::from("[\n");
    for (i, l) in lines.iter().enumerate() {
        s.push_str(l);
        s.push_str(if i + 1 < lines.len() { ",\n" } else { "\n" });
    }
    s.push_str("]\n");
    s
}

#[test]
fn every_compression_and_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let text = dump_text(&[GOOD, "{\"type\":\"item\",\"id\":\"Q5\",\"labels\":{\"en\":", CLASS, "not json at all", CLASS2, r#"{"type":"item","id":"Q7","claims":[{"x":1}]}"#]);
    let plain = dir.path().join("d.json");
    std::fs::write(&plain, &text).unwrap();
    let gz = dir.path().join("d.json.gz");
    let mut w = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::fast());
    w.write_all(text.as_bytes()).unwrap();
    w.finish().unwrap();
    let bz = dir.path().join("d.json.bz2");
    let mut w = bzip2::write::BzEncoder::new(std::fs::File::create(&bz).unwrap(), bzip2::Compression::fast());
    w.write_all(text.as_bytes()).unwrap();
    w.finish().unwrap();
    let jsonl = dir.path().join("d.jsonl");
    std::fs::write(&jsonl, format!("{GOOD}\n{CLASS}\n{CLASS2}\n")).unwrap();

    for (path, malformed) in [(&plain, 3), (&gz, 3), (&bz, 3), (&jsonl, 0)] {
        let out = dir.path().join(format!("ix-{}", path.file_name().unwrap().to_string_lossy()));
        let r = run(std::slice::from_ref(path), &out, &ImportOptions::default());
        let s = &r.files[0].1;
        assert_eq!(s.items, 3, "{}: {s:?}", path.display());
        assert_eq!(s.malformed, malformed, "{}: {s:?}", path.display());
        if malformed > 0 {
            let lines: Vec<u64> = s.first_errors.iter().map(|(l, _)| *l).collect();
            assert_eq!(lines, [3, 5, 7], "line numbers of the malformed lines");
            assert!(s.first_errors[2].1.contains("non-empty array"), "{:?}", s.first_errors);
        }
        let ix = WikidataIndex::open(&out).unwrap();
        let hits = ix.lookup_key("springfield illinois", 5);
        assert_eq!(hits.len(), 1);
        let rec = &hits[0].0;
        assert_eq!((rec.qid, rec.sitelinks, rec.country.as_slice()), (1001, 1, &[30][..]));
        // Q9001 ⊂ Q9002 ⊂ Q515 city: typed through P279 though the instance came first.
        let t = ix.item_type(rec).unwrap();
        assert_eq!((t.kind, t.class), (EntityType::Place, "City"));
        assert_eq!(r.classes, 2);
    }
}

#[test]
fn errors_name_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json.gz");
    let e = import(std::slice::from_ref(&missing), &dir.path().join("ix"), &ImportOptions::default(), &mut |_| {}).unwrap_err();
    assert!(e.to_string().contains("missing.json.gz"), "{e}");
    // A .gz that is not gzip: a decompression error naming the file, not a panic.
    let bad = dir.path().join("bad.json.gz");
    std::fs::write(&bad, "this is not gzip").unwrap();
    let e = import(&[bad], &dir.path().join("ix2"), &ImportOptions::default(), &mut |_| {}).unwrap_err();
    assert!(e.to_string().contains("bad.json.gz"), "{e}");
    let e = WikidataIndex::open(dir.path()).unwrap_err();
    assert!(e.to_string().contains("opening Wikidata index"), "{e}");
}

#[test]
fn external_sort_with_many_runs() {
    // A tiny run size forces one sorted run per few names and a k-way merge.
    let dir = tempfile::tempdir().unwrap();
    let mut lines = Vec::new();
    for i in 1..=300u32 {
        let name = format!("Place {}", i % 37);
        lines.push(format!(
            r#"{{"type":"item","id":"Q{i}","labels":{{"en":{{"language":"en","value":"{name}"}}}},"claims":{{}},"sitelinks":{{{}}}}}"#,
            (0..i % 5).map(|k| format!("\"w{k}\":{{}}")).collect::<Vec<_>>().join(",")
        ));
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let path = dir.path().join("many.json");
    std::fs::write(&path, dump_text(&refs)).unwrap();
    let out = dir.path().join("ix");
    let r = run(&[path], &out, &ImportOptions { run_bytes: 500, ..ImportOptions::default() });
    assert_eq!((r.kept, r.names), (300, 37));
    let ix = WikidataIndex::open(&out).unwrap();
    let hits = ix.lookup_key("place 3", 100);
    assert_eq!(hits.len(), 9);
    let sl: Vec<u32> = hits.iter().map(|(r, _)| r.sitelinks).collect();
    assert!(sl.windows(2).all(|w| w[0] >= w[1]), "most sitelinks first: {sl:?}");
    assert_eq!(ix.lookup_key("place 3", 2).len(), 2);
    for i in [1, 150, 300] {
        assert_eq!(ix.by_qid(&format!("Q{i}")).unwrap().qid, i);
    }
    assert!(!out.join("tmp").exists(), "temporary runs are removed");
}
