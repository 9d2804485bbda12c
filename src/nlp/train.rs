//! Training and scoring drivers behind `factgraph train` and `annotate --score`: find the
//! data files in the given directories, train with fixed seeds, report dev scores, save.
//!
//! Data discovery: a directory contributes its `*train*.conllu` (tagger, parser) or
//! `*train*.iob2` / `conll04_train.json` (NER) files, and the matching `*dev*` files are used
//! for the dev score; a file argument is used as training data as it is.

use super::conllu::{self, NerSentence, Sentence};
use super::eval::{SpanScores, TagScores};
use super::ner::{Ner, NerConfig};
use super::parser::{Parser, ParserConfig};
use super::pipeline::Pipeline;
use super::tagger::{Tagger, TaggerConfig};
use super::NlpError;
use std::path::{Path, PathBuf};

/// Files in `paths` whose name contains `split` and ends with one of `exts`.
pub fn find(paths: &[PathBuf], split: &str, exts: &[&str]) -> Result<Vec<PathBuf>, NlpError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            if split == "train" {
                out.push(p.clone());
            }
            continue;
        }
        let rd = std::fs::read_dir(p).map_err(|e| NlpError::Read { path: p.display().to_string(), source: e })?;
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if f.is_file() && name.contains(split) && exts.iter().any(|e| name.ends_with(e)) {
                out.push(f);
            }
        }
    }
    Ok(out)
}

/// GUM genres whose texts are CC BY-NC-SA: left out of training so the models stay usable
/// under the licences of EWT (CC BY-SA) and the other GUM genres (CC BY, CC BY-SA).
pub const GUM_NONCOMMERCIAL: &[&str] = &["GUM_whow_", "GUM_fiction_", "GUM_essay_", "GUM_letter_", "GUM_podcast_"];

/// Reads CoNLL-U files, leaving out documents of [`GUM_NONCOMMERCIAL`] genres.
pub fn read_conllu_files(files: &[PathBuf]) -> Result<Vec<Sentence>, NlpError> {
    let mut out = Vec::new();
    for f in files {
        let mut skip = false;
        for s in conllu::read_file(f)? {
            if let Some(doc) = s.comments.iter().find_map(|c| c.strip_prefix("# newdoc id = ")) {
                skip = GUM_NONCOMMERCIAL.iter().any(|g| doc.starts_with(g));
            }
            if !skip {
                out.push(s);
            }
        }
    }
    Ok(out)
}

/// NER sentences from UNER IOB2 files and CoNLL04 JSON (BILOU, Peop/Org/Loc; Other -> O).
pub fn read_ner_files(files: &[PathBuf]) -> Result<Vec<NerSentence>, NlpError> {
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| NlpError::Read { path: f.display().to_string(), source: e })?;
        let name = f.display().to_string();
        if name.ends_with(".conllu") {
            out.extend(gum_entities(&read_conllu_files(std::slice::from_ref(f))?));
        } else if name.ends_with(".json") && text.contains("\"vertexSet\"") {
            out.extend(read_docred(&text, &name)?);
        } else if name.ends_with(".json") && text.contains("\"relations\"") && text.contains("\"entities\"") {
            out.extend(read_gold_article(&text, &name)?);
        } else if name.ends_with(".json") {
            #[derive(serde::Deserialize)]
            struct Row {
                tokens: Vec<String>,
                tags: Vec<String>,
            }
            let rows: Vec<Row> = serde_json::from_str(&text).map_err(|e| NlpError::Input { input: name.clone(), line: e.line(), reason: e.to_string() })?;
            for r in rows {
                let labels: Vec<String> = r
                    .tags
                    .iter()
                    .map(|t| {
                        let (p, ty) = t.split_once('-').unwrap_or(("O", ""));
                        let ty = match ty {
                            "Peop" => "PER",
                            "Org" => "ORG",
                            "Loc" => "LOC",
                            _ => return "O".to_string(),
                        };
                        let p = if matches!(p, "B" | "U") { "B" } else { "I" };
                        format!("{p}-{ty}")
                    })
                    .collect();
                out.push(NerSentence { sent_id: String::new(), forms: r.tokens, labels: conllu::normalize_bio(&labels) });
            }
        } else {
            out.extend(conllu::parse_iob2(&text, &name)?);
        }
    }
    Ok(out)
}

/// The articles of a probe directory (tests/probes/) that its `batches.tsv` marks "read":
/// only those may be trained on, so the unread ones stay a held-out measure of the product.
pub fn read_probe_files(dir: &Path) -> Result<Vec<PathBuf>, NlpError> {
    let list = dir.join("batches.tsv");
    let text = std::fs::read_to_string(&list).map_err(|e| NlpError::Read { path: list.display().to_string(), source: e })?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 3 {
            return Err(NlpError::Input { input: list.display().to_string(), line: n + 1, reason: format!("expected file, batch and status separated by tabs, found {} columns", cols.len()) });
        }
        if cols[2] == "read" {
            out.push(dir.join(cols[0]));
        }
    }
    Ok(out)
}

/// Articles in the project's gold format (../shared/eval/GUIDELINES.md: text, typed entities
/// with names and aliases) as NER sentences: every occurrence of a capitalised name or alias
/// of a person, organization or place that starts and ends on word boundaries is labelled
/// PER, ORG or LOC, longer forms first; an event's names are claimed first and stay O, as
/// UNER leaves events (OTH) untagged, so "OSCE" inside "OSCE Summit 2023" is no ORG there.
/// A leading "the" is no part of a name ("the OSCE Office" -> "OSCE Office"), as in UNER.
/// Marked `sent_id = "gold"`.
fn read_gold_article(text: &str, name: &str) -> Result<Vec<NerSentence>, NlpError> {
    #[derive(serde::Deserialize)]
    struct Article {
        text: String,
        entities: Vec<crate::eval::GoldEntity>,
    }
    let a: Article = serde_json::from_str(text).map_err(|e| NlpError::Input { input: name.to_string(), line: e.line(), reason: e.to_string() })?;
    let mut forms: Vec<(String, &str)> = Vec::new();
    for e in &a.entities {
        let label = match e.kind.as_str() {
            "Person" => "PER",
            "Organization" => "ORG",
            "Place" => "LOC",
            _ => "O",
        };
        // A surname alone ("Dr Sarpong said") names the person even where the annotator
        // listed no such alias; left O, it would teach the recognizer that it names no one.
        let surname = if label == "PER" { e.name.rsplit_once(' ').map(|(_, last)| last.to_string()) } else { None };
        for f in std::iter::once(&e.name).chain(&e.aliases).chain(surname.as_ref()) {
            let mut f = f.trim();
            f = f.strip_prefix("the ").or_else(|| f.strip_prefix("The ")).unwrap_or(f);
            if label == "PER" {
                // "Club president Hemi Walker", "Dr Felix Hartmann": UNER tags the name only.
                if f != e.name && f.contains(e.name.as_str()) {
                    f = e.name.as_str();
                }
                while let Some((first, rest)) = f.split_once(' ') {
                    if !HONORIFICS.contains(&first.trim_end_matches('.')) {
                        break;
                    }
                    f = rest;
                }
                if f.split_whitespace().any(|w| w.chars().next().is_some_and(|c| c.is_lowercase()) && !crate::extract::mentions::NAME_PARTICLES.contains(&w)) {
                    continue;
                }
            }
            if f.chars().next().is_some_and(|c| c.is_uppercase()) {
                forms.push((f.to_string(), label));
            }
        }
    }
    // Longer forms first; among equal lengths an event's first, so it keeps its words O.
    forms.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then((x.1 != "O").cmp(&(y.1 != "O"))).then(x.0.cmp(&y.0)));
    forms.dedup_by(|x, y| x.0 == y.0);
    let sentences = super::tokenize::tokenize(&a.text);
    let starts: std::collections::HashMap<usize, (usize, usize)> =
        sentences.iter().enumerate().flat_map(|(si, (_, ws))| ws.iter().enumerate().map(move |(wi, w)| (w.start, (si, wi)))).collect();
    let ends: std::collections::HashMap<usize, (usize, usize)> =
        sentences.iter().enumerate().flat_map(|(si, (_, ws))| ws.iter().enumerate().map(move |(wi, w)| (w.end, (si, wi)))).collect();
    let mut labels: Vec<Vec<Option<String>>> = sentences.iter().map(|(_, ws)| vec![None; ws.len()]).collect();
    for (form, label) in &forms {
        for (at, _) in a.text.match_indices(form.as_str()) {
            let (Some(&(s1, w1)), Some(&(s2, w2))) = (starts.get(&at), ends.get(&(at + form.len()))) else { continue };
            if s1 != s2 || labels[s1][w1..=w2].iter().any(|l| l.is_some()) {
                continue;
            }
            for (k, l) in labels[s1][w1..=w2].iter_mut().enumerate() {
                *l = Some(if *label == "O" { "O".to_string() } else { format!("{}-{label}", if k == 0 { "B" } else { "I" }) });
            }
        }
    }
    Ok(sentences
        .iter()
        .zip(labels)
        .map(|((_, ws), ls)| NerSentence {
            sent_id: "gold".into(),
            forms: ws.iter().map(|w| a.text[w.start..w.end].to_string()).collect(),
            labels: ls.into_iter().map(|l| l.unwrap_or_else(|| "O".to_string())).collect(),
        })
        .collect())
}

/// Forms of address and ranks written before a name, which UNER leaves outside it ("Mrs
/// Owusu", "Col. Singh"); a trailing period is ignored. Not the title lexicon's rank and
/// honorific entries: those mark what is never a post, while "Professor", a post there, is cut
/// here as UNER does; on the read probes the two lists cut 22 forms differently, which retrains
/// to a different ner.bin.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Hon", "Sir", "Dame", "Madam", "Mme", "Rev", "Fr", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Maj", "Lt",
    "Sgt", "Cllr", "Councillor", "Engr", "Eng", "Atty", "Datuk", "Dato", "Chief", "Judge", "Justice",
];

/// (Re-)DocRED documents as NER sentences: PER/ORG/LOC mentions kept, TIME/NUM/MISC
/// dropped. Marked `sent_id = "docred"`: its LOC also covers demonyms ("German"), which UNER
/// does not tag, so [`train_ner`] drops mentions the tagger calls adjectives.
fn read_docred(text: &str, name: &str) -> Result<Vec<NerSentence>, NlpError> {
    #[derive(serde::Deserialize)]
    struct Mention {
        pos: (usize, usize),
        sent_id: usize,
        #[serde(rename = "type")]
        ty: String,
    }
    #[derive(serde::Deserialize)]
    struct Doc {
        sents: Vec<Vec<String>>,
        #[serde(rename = "vertexSet")]
        vertex_set: Vec<Vec<Mention>>,
    }
    let docs: Vec<Doc> = serde_json::from_str(text).map_err(|e| NlpError::Input { input: name.to_string(), line: e.line(), reason: e.to_string() })?;
    let mut out = Vec::new();
    for d in docs {
        let mut labels: Vec<Vec<String>> = d.sents.iter().map(|s| vec!["O".to_string(); s.len()]).collect();
        for m in d.vertex_set.iter().flatten() {
            if !matches!(m.ty.as_str(), "PER" | "ORG" | "LOC") || m.sent_id >= labels.len() || m.pos.1 > labels[m.sent_id].len() || m.pos.0 >= m.pos.1 {
                continue;
            }
            let l = &mut labels[m.sent_id];
            if l[m.pos.0..m.pos.1].iter().any(|x| x != "O") {
                continue;
            }
            for (k, x) in l[m.pos.0..m.pos.1].iter_mut().enumerate() {
                *x = format!("{}-{}", if k == 0 { "B" } else { "I" }, m.ty);
            }
        }
        for (forms, labels) in d.sents.into_iter().zip(labels) {
            out.push(NerSentence { sent_id: "docred".into(), forms, labels });
        }
    }
    Ok(out)
}

/// Named entities from GUM's coreference annotation (MISC `Entity=(id-type-…` … `id)`):
/// person/organization/place mentions whose words, after a leading determiner, are all
/// proper nouns (gold UPOS) count as PER/ORG/LOC; other mentions ("the researchers") are O.
pub fn gum_entities(sentences: &[Sentence]) -> Vec<NerSentence> {
    let mut out = Vec::new();
    for s in sentences {
        let mut open: Vec<(String, String, usize)> = Vec::new();
        let mut mentions: Vec<(usize, usize, String)> = Vec::new();
        for (i, w) in s.words.iter().enumerate() {
            let Some(v) = Sentence::misc_value(w, "Entity") else { continue };
            let b = v.as_bytes();
            let mut k = 0;
            while k < b.len() {
                if b[k] == b'(' {
                    let start = k + 1;
                    let mut e = start;
                    while e < b.len() && b[e] != b'(' && b[e] != b')' {
                        e += 1;
                    }
                    let mut fields = v[start..e].split('-');
                    let id = fields.next().unwrap_or("").to_string();
                    let ty = fields.next().unwrap_or("").to_string();
                    if e < b.len() && b[e] == b')' {
                        mentions.push((i, i + 1, ty));
                        k = e + 1;
                    } else {
                        open.push((id, ty, i));
                        k = e;
                    }
                } else if b[k].is_ascii_digit() {
                    let start = k;
                    while k < b.len() && b[k].is_ascii_digit() {
                        k += 1;
                    }
                    if k < b.len() && b[k] == b')' {
                        let id = &v[start..k];
                        if let Some(pos) = open.iter().rposition(|(o, _, _)| o == id) {
                            let (_, ty, a) = open.remove(pos);
                            mentions.push((a, i + 1, ty));
                        }
                        k += 1;
                    }
                } else {
                    k += 1;
                }
            }
        }
        let mut labels = vec!["O".to_string(); s.words.len()];
        mentions.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
        for (mut a, b, ty) in mentions {
            let l = match ty.as_str() {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => continue,
            };
            if s.words[a].upos == "DET" && b - a > 1 {
                a += 1;
            }
            if !s.words[a..b].iter().all(|w| w.upos == "PROPN") || labels[a..b].iter().any(|x| x != "O") {
                continue;
            }
            for (k, x) in labels[a..b].iter_mut().enumerate() {
                *x = format!("{}-{l}", if k == 0 { "B" } else { "I" });
            }
        }
        out.push(NerSentence { sent_id: "gum".into(), forms: s.forms().iter().map(|f| f.to_string()).collect(), labels });
    }
    out
}

fn no_data(model: &str, paths: &[PathBuf], what: &str) -> NlpError {
    NlpError::Train {
        model: model.into(),
        reason: format!("no {what} files in {}", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")),
    }
}

/// Tags sentences with `tagger` (copies; gold columns other than tags are kept).
pub fn retag(tagger: &Tagger, data: &[Sentence]) -> Vec<Sentence> {
    data.iter()
        .map(|s| {
            let mut s = s.clone();
            let gold_lemmas: Vec<String> = s.words.iter().map(|w| w.lemma.clone()).collect();
            tagger.tag(&mut s);
            for (w, l) in s.words.iter_mut().zip(gold_lemmas) {
                w.lemma = l;
            }
            s
        })
        .collect()
}

/// Scores a pipeline on gold CoNLL-U sentences (gold tokenization).
pub fn score_conllu(p: &Pipeline, gold: &[Sentence]) -> TagScores {
    let mut scores = TagScores::default();
    for g in gold {
        let mut s = Sentence::from_forms(&g.forms());
        p.annotate_sentence(&mut s);
        scores.add(g, &s);
    }
    scores
}

/// Scores NER on gold IOB2 sentences (gold tokenization).
pub fn score_ner(p: &Pipeline, gold: &[NerSentence]) -> SpanScores {
    let mut scores = SpanScores::default();
    for g in gold {
        let mut s = Sentence::from_forms(&g.forms);
        p.annotate_sentence(&mut s);
        let pred: Vec<String> = s.words.iter().map(|w| Sentence::misc_value(w, "NER").unwrap_or("O").to_string()).collect();
        scores.add(&g.labels, &pred);
    }
    scores
}

pub fn train_tagger(paths: &[PathBuf], cfg: &TaggerConfig, out: &Path, mut log: impl FnMut(&str)) -> Result<Tagger, NlpError> {
    let train = read_conllu_files(&find(paths, "train", &[".conllu"])?)?;
    if train.is_empty() {
        return Err(no_data("tagger", paths, "*train*.conllu"));
    }
    log(&format!("tagger: {} training sentences", train.len()));
    let tagger = Tagger::train(&train, cfg, &mut log);
    tagger.save(out)?;
    let (f, w) = tagger.size();
    log(&format!("tagger: saved {} ({f} features, {w} weights)", out.display()));
    let dev = read_conllu_files(&find(paths, "dev", &[".conllu"])?)?;
    if !dev.is_empty() {
        let p = Pipeline { tagger, parser: None, ner: None };
        log(&format!("tagger dev: {}", score_conllu(&p, &dev)));
        return Ok(p.tagger);
    }
    Ok(tagger)
}

/// Trains the parser on tags predicted by `jackknife`-fold taggers (each trained on the
/// other folds), so training sees tagging errors like those at run time; 0 = gold tags.
pub fn train_parser(paths: &[PathBuf], tagger: &Tagger, cfg: &ParserConfig, jackknife: usize, tagger_cfg: &TaggerConfig, out: &Path, mut log: impl FnMut(&str)) -> Result<Parser, NlpError> {
    let train = read_conllu_files(&find(paths, "train", &[".conllu"])?)?;
    if train.is_empty() {
        return Err(no_data("parser", paths, "*train*.conllu"));
    }
    let tagged: Vec<Sentence> = if jackknife >= 2 {
        let mut tagged = train.clone();
        for k in 0..jackknife {
            let rest: Vec<Sentence> = train.iter().enumerate().filter(|(i, _)| i % jackknife != k).map(|(_, s)| s.clone()).collect();
            let t = Tagger::train(&rest, tagger_cfg, |_| {});
            for (i, s) in train.iter().enumerate().filter(|(i, _)| i % jackknife == k) {
                tagged[i] = retag(&t, std::slice::from_ref(s)).remove(0);
            }
            log(&format!("parser: jackknife fold {}/{jackknife} tagged", k + 1));
        }
        tagged
    } else {
        train
    };
    let parser = Parser::train(&tagged, cfg, &mut log)?;
    parser.save(out)?;
    let (f, w) = parser.size();
    log(&format!("parser: saved {} ({f} features, {w} weights)", out.display()));
    let dev = read_conllu_files(&find(paths, "dev", &[".conllu"])?)?;
    if !dev.is_empty() {
        let p = Pipeline { tagger: Tagger::from_bytes(&{ let mut w = super::model::Writer::new(); tagger.write(&mut w); w.into_bytes() }, "tagger")?, parser: Some(parser), ner: None };
        log(&format!("parser dev: {}", score_conllu(&p, &dev)));
        return Ok(p.parser.expect("set above"));
    }
    Ok(parser)
}

pub fn train_ner(paths: &[PathBuf], tagger: Tagger, cfg: &NerConfig, out: &Path, mut log: impl FnMut(&str)) -> Result<Ner, NlpError> {
    let mut files = Vec::new();
    for p in paths {
        if p.join("batches.tsv").is_file() {
            files.extend(read_probe_files(p)?);
        } else {
            files.extend(find(std::slice::from_ref(p), "train", &[".iob2", ".json"])?);
        }
    }
    let train = read_ner_files(&files)?;
    if train.is_empty() {
        return Err(no_data("ner", paths, "*train*.iob2 or conll04_train.json"));
    }
    log(&format!("ner: {} training sentences from {} files", train.len(), files.len()));
    let data: Vec<(Sentence, Vec<String>)> = train
        .into_iter()
        .map(|n| {
            let mut s = Sentence::from_forms(&n.forms);
            tagger.tag(&mut s);
            let mut labels = n.labels;
            if n.sent_id == "docred" {
                for (a, b, _) in conllu::spans(&labels) {
                    if s.words[a..b].iter().all(|w| w.upos == "ADJ") {
                        labels[a..b].iter_mut().for_each(|l| *l = "O".to_string());
                    }
                }
            }
            (s, labels)
        })
        .collect();
    let ner = Ner::train(&data, cfg, &mut log);
    ner.save(out)?;
    let (f, w) = ner.size();
    log(&format!("ner: saved {} ({f} features, {w} weights)", out.display()));
    let dev = read_ner_files(&find(paths, "dev", &[".iob2"])?)?;
    let p = Pipeline { tagger, parser: None, ner: Some(ner) };
    if !dev.is_empty() {
        log(&format!("ner dev: {}", score_ner(&p, &dev)));
    }
    Ok(p.ner.expect("set above"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(json: &str) -> Vec<String> {
        read_gold_article(json, "test.json")
            .unwrap()
            .iter()
            .flat_map(|s| s.forms.iter().zip(&s.labels).map(|(f, l)| format!("{f}/{l}")))
            .collect()
    }

    #[test]
    fn gold_article_names_label_every_occurrence_longest_first() {
        let json = r#"{"text": "Dr. Ana Ruiz of the OSCE Office in Astana spoke. Ruiz thanked the OSCE and the office. Mrs Ruiz left.",
            "entities": [
              {"id": "p", "type": "Person", "name": "Ana Ruiz", "aliases": ["Dr. Ana Ruiz", "Office head Ruiz", "Mrs Ruiz"]},
              {"id": "o", "type": "Organization", "name": "OSCE Office", "aliases": ["the office"]},
              {"id": "u", "type": "Organization", "name": "OSCE", "aliases": []},
              {"id": "a", "type": "Place", "name": "Astana", "aliases": []}],
            "relations": []}"#;
        assert_eq!(
            labelled(json),
            [
                "Dr./O", "Ana/B-PER", "Ruiz/I-PER", "of/O", "the/O", "OSCE/B-ORG", "Office/I-ORG", "in/O", "Astana/B-LOC", "spoke/O", "./O",
                "Ruiz/B-PER", "thanked/O", "the/O", "OSCE/B-ORG", "and/O", "the/O", "office/O", "./O",
                "Mrs/O", "Ruiz/B-PER", "left/O", "./O"
            ]
        );
    }

    #[test]
    fn gold_article_event_names_stay_untagged_and_names_match_whole_words() {
        let json = r#"{"text": "The OSCE Summit opened in Astanaville and Astana.",
            "entities": [
              {"id": "e", "type": "Event", "name": "OSCE Summit", "aliases": []},
              {"id": "u", "type": "Organization", "name": "OSCE", "aliases": []},
              {"id": "a", "type": "Place", "name": "Astana", "aliases": []}],
            "relations": []}"#;
        assert_eq!(labelled(json), ["The/O", "OSCE/O", "Summit/O", "opened/O", "in/O", "Astanaville/O", "and/O", "Astana/B-LOC", "./O"]);
    }
}
