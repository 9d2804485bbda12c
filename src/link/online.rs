//! `--online`: asks Wikidata's public API about names that the offline indexes cannot link.
//!
//! The bundled gazetteer and an imported index cover the names they were built from; a
//! news article keeps naming new people and organisations. With `--online`, an entity for
//! which no offline candidate is of the entity's kind is looked up with the API's
//! `wbsearchentities` (exact label or alias matches only, not its prefix matches), then the
//! candidates' P31/P17/P131 claims, sitelinks, English label and description are read with
//! `wbgetentities`. P31 classes outside the core table ([`super::types`]) are typed by
//! walking up to two levels of P279 (one more `wbgetentities` per level). The candidates
//! then go through the same scoring as offline ones: type compatibility, context, threshold.
//!
//! Every answer is kept in an on-disk cache (`names/<normalised name>.json` with the raw
//! answers, entities pruned to the claims used; `classes/Q….json` with a class's P279
//! parents), so a name is asked once, misses included. Requests carry a descriptive
//! User-Agent, a timeout, and are spaced (at most four a second), as Wikimedia's API
//! etiquette asks. A network or API failure never aborts: it is reported once through the
//! caller's reporter, and the rest of the run links offline (cached answers still count).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::dump::{parse_line, DumpItem, Line};
use super::gazetteer::normalize_name;
use super::linker::Candidate;
use super::types::{core_class, ClassType, WIKIMEDIA_CLASSES};

/// Wikidata's API endpoint.
pub const DEFAULT_API: &str = "https://www.wikidata.org/w/api.php";

/// The User-Agent Wikimedia's policy asks for: the tool, its version and where to learn more.
pub const USER_AGENT: &str = concat!("factgraph/", env!("CARGO_PKG_VERSION"), " (https://w3id.org/factgraph)");

/// Claims kept in the cache: what the linker reads.
const KEPT_CLAIMS: &[&str] = &["P31", "P17", "P131", "P279"];

/// Largest answer read (a few items with all their claims stay far below this).
const MAX_ANSWER_BYTES: u64 = 64 << 20;

/// Where and how to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlineConfig {
    /// The `api.php` endpoint (`FACTGRAPH_WIKIDATA_API` in the CLI).
    pub api: String,
    /// The cache directory.
    pub cache_dir: PathBuf,
    /// Timeout of one request, connection included.
    pub timeout: Duration,
    /// Minimal time between two requests.
    pub min_interval: Duration,
    /// Search results read per name (`limit`).
    pub limit: usize,
}

impl OnlineConfig {
    /// Wikidata's endpoint, 15 s timeout, at most four requests a second, seven results.
    pub fn new(cache_dir: PathBuf) -> OnlineConfig {
        OnlineConfig {
            api: DEFAULT_API.to_string(),
            cache_dir,
            timeout: Duration::from_secs(15),
            min_interval: Duration::from_millis(250),
            limit: 7,
        }
    }

    /// `$XDG_CACHE_HOME/factgraph/wikidata`, else `$HOME/.cache/factgraph/wikidata`.
    pub fn default_cache_dir() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".cache")))?;
        Some(base.join("factgraph").join("wikidata"))
    }
}

/// Why an online lookup failed; the linker reports it and goes on offline.
#[derive(Debug, thiserror::Error)]
pub enum OnlineError {
    #[error("asking {host} ({action}): {source}")]
    Http {
        action: String,
        host: String,
        #[source]
        source: Box<ureq::Error>,
    },
    #[error("reading the answer of {host} ({action}): {message}")]
    Answer { action: String, host: String, message: String },
    #[error("{action} {path}: {source}")]
    Cache {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Counts for a summary (and tests).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OnlineStats {
    /// HTTP requests sent.
    pub requests: u64,
    /// Names answered from the on-disk cache.
    pub cached: u64,
    /// Names asked over the network.
    pub asked: u64,
}

/// One name's cached answers, in the API's own format.
#[derive(Debug, Serialize, Deserialize)]
struct NameAnswer {
    /// The normalised name (the key).
    name: String,
    /// Seconds since the epoch when asked.
    fetched: u64,
    /// The `wbsearchentities` answer.
    search: Value,
    /// The `wbgetentities` answer (claims pruned to P31/P17/P131/P279), or null when the
    /// search found no exact match (a cached miss).
    entities: Option<Value>,
}

/// A class's cached P279 parents.
#[derive(Debug, Serialize, Deserialize)]
struct ClassAnswer {
    id: String,
    subclass_of: Vec<u32>,
}

struct State {
    names: HashMap<String, Vec<Candidate>>,
    classes: HashMap<u32, Vec<u32>>,
    last_request: Option<Instant>,
    /// A request failed: the rest of the run is offline.
    failed: bool,
    cache_warned: bool,
    stats: OnlineStats,
}

/// The online candidate source (see the module documentation). Shared by reference; the
/// state is behind a mutex, which also serialises the requests.
pub struct OnlineLookup {
    config: OnlineConfig,
    host: String,
    agent: ureq::Agent,
    report: Box<dyn Fn(&str) + Send + Sync>,
    state: Mutex<State>,
}

impl std::fmt::Debug for OnlineLookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OnlineLookup").field("config", &self.config).finish()
    }
}

/// `host[:port]` of a URL, for messages.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority.rsplit('@').next().unwrap_or(authority).to_string()
}

fn is_item_id(s: &str) -> bool {
    s.strip_prefix('Q').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl OnlineLookup {
    /// A lookup with this configuration; `report` receives each warning (one per kind of
    /// failure and run).
    pub fn new(config: OnlineConfig, report: Box<dyn Fn(&str) + Send + Sync>) -> OnlineLookup {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .user_agent(USER_AGENT)
            .build()
            .into();
        OnlineLookup {
            host: host_of(&config.api),
            config,
            agent,
            report,
            state: Mutex::new(State {
                names: HashMap::new(),
                classes: HashMap::new(),
                last_request: None,
                failed: false,
                cache_warned: false,
                stats: OnlineStats::default(),
            }),
        }
    }

    pub fn config(&self) -> &OnlineConfig {
        &self.config
    }

    pub fn stats(&self) -> OnlineStats {
        self.lock().stats
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Candidates whose English label or alias is `name` (normalised), from the cache or the
    /// API; none after a failure.
    pub fn candidates(&self, name: &str) -> Vec<Candidate> {
        let key = normalize_name(name);
        if key.is_empty() {
            return Vec::new();
        }
        let mut st = self.lock();
        if let Some(c) = st.names.get(&key) {
            return c.clone();
        }
        let answer = match self.read_cached_name(&key) {
            Some(a) => {
                st.stats.cached += 1;
                Some(a)
            }
            None if st.failed => None,
            None => match self.ask_name(&mut st, name.trim(), &key) {
                Ok(a) => {
                    st.stats.asked += 1;
                    if let Err(e) = self.write_cache(&self.name_path(&key), &a) {
                        self.cache_warning(&mut st, &e);
                    }
                    Some(a)
                }
                Err(e) => {
                    self.network_warning(&mut st, &e);
                    None
                }
            },
        };
        let out = match answer {
            Some(a) => self.build_candidates(&mut st, &key, &a),
            None => Vec::new(),
        };
        st.names.insert(key, out.clone());
        out
    }

    fn network_warning(&self, st: &mut State, e: &OnlineError) {
        if !st.failed {
            st.failed = true;
            (self.report)(&format!("online linking: {e}; linking offline for the rest of this run"));
        }
    }

    fn cache_warning(&self, st: &mut State, e: &OnlineError) {
        if !st.cache_warned {
            st.cache_warned = true;
            (self.report)(&format!("online linking: {e}; answers are not cached"));
        }
    }

    /// One GET of the API, spaced from the previous one; the parsed JSON answer.
    fn get(&self, st: &mut State, action: &str, params: &[(&str, &str)]) -> Result<Value, OnlineError> {
        if let Some(last) = st.last_request {
            let since = last.elapsed();
            if since < self.config.min_interval {
                std::thread::sleep(self.config.min_interval - since);
            }
        }
        st.last_request = Some(Instant::now());
        st.stats.requests += 1;
        let http = |source: ureq::Error| OnlineError::Http {
            action: action.to_string(),
            host: self.host.clone(),
            source: Box::new(source),
        };
        let mut response = self
            .agent
            .get(&self.config.api)
            .query_pairs(params.iter().copied().chain([("format", "json")]))
            .call()
            .map_err(http)?;
        let text = response.body_mut().with_config().limit(MAX_ANSWER_BYTES).read_to_string().map_err(http)?;
        let answer = |message: String| OnlineError::Answer { action: action.to_string(), host: self.host.clone(), message };
        let value: Value = serde_json::from_str(&text).map_err(|e| answer(format!("not JSON: {e}")))?;
        if let Some(err) = value.get("error") {
            let code = err.get("code").and_then(Value::as_str).unwrap_or("?");
            let info = err.get("info").and_then(Value::as_str).unwrap_or("");
            return Err(answer(format!("API error {code}: {info}")));
        }
        Ok(value)
    }

    /// Asks the API about one name: the search, then the exact matches' entities.
    fn ask_name(&self, st: &mut State, name: &str, key: &str) -> Result<NameAnswer, OnlineError> {
        let limit = self.config.limit.to_string();
        let search = self.get(
            st,
            &format!("searching {name:?}"),
            &[
                ("action", "wbsearchentities"),
                ("search", name),
                ("language", "en"),
                ("type", "item"),
                ("limit", &limit),
            ],
        )?;
        let ids: Vec<String> = exact_matches(&search, key).into_iter().map(|(id, _)| id).collect();
        let entities = if ids.is_empty() {
            None
        } else {
            let joined = ids.join("|");
            let mut value = self.get(
                st,
                &format!("reading {} for {name:?}", ids.join(",")),
                &[
                    ("action", "wbgetentities"),
                    ("ids", &joined),
                    ("props", "claims|sitelinks|labels|descriptions"),
                    ("languages", "en"),
                ],
            )?;
            prune_claims(&mut value);
            Some(value)
        };
        let fetched = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Ok(NameAnswer { name: key.to_string(), fetched, search, entities })
    }

    fn build_candidates(&self, st: &mut State, key: &str, a: &NameAnswer) -> Vec<Candidate> {
        let matches = exact_matches(&a.search, key);
        let Some(entities) = a.entities.as_ref().and_then(|e| e.get("entities")).and_then(Value::as_object) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (id, by_label) in matches {
            let Some(entity) = entities.get(&id) else { continue };
            if entity.get("missing").is_some() {
                continue;
            }
            let Ok(Line::Item(item)) = serde_json::to_vec(entity).map_err(|e| e.to_string()).and_then(|b| parse_line(&b))
            else {
                continue;
            };
            if item.instance_of.iter().any(|c| WIKIMEDIA_CLASSES.contains(c)) {
                continue;
            }
            let t = self.item_type(st, &item);
            let by_label = by_label || item.label.as_deref().is_some_and(|l| normalize_name(l) == key);
            out.push(candidate(&item, t, by_label));
        }
        out
    }

    /// The type of an item: the first core class among its P31 classes, else among their
    /// P279 parents, else grandparents (nearest first).
    fn item_type(&self, st: &mut State, item: &DumpItem) -> Option<ClassType> {
        let mut level: Vec<u32> = item.instance_of.clone();
        let mut seen: Vec<u32> = level.clone();
        for depth in 0..3 {
            if let Some(t) = level.iter().find_map(|q| core_class(*q)) {
                return Some(t);
            }
            if depth == 2 || level.is_empty() {
                break;
            }
            self.load_classes(st, &level);
            let mut next = Vec::new();
            for q in &level {
                for p in st.classes.get(q).map(Vec::as_slice).unwrap_or(&[]) {
                    if !seen.contains(p) {
                        seen.push(*p);
                        next.push(*p);
                    }
                }
            }
            level = next;
        }
        None
    }

    /// Makes the P279 parents of `classes` known: from memory, the cache, or the API.
    fn load_classes(&self, st: &mut State, classes: &[u32]) {
        let mut missing = Vec::new();
        for &q in classes {
            if st.classes.contains_key(&q) {
                continue;
            }
            match std::fs::read(self.class_path(q)).ok().and_then(|b| serde_json::from_slice::<ClassAnswer>(&b).ok()) {
                Some(c) => {
                    st.classes.insert(q, c.subclass_of);
                }
                None => missing.push(q),
            }
        }
        if missing.is_empty() || st.failed {
            return;
        }
        for chunk in missing.chunks(50) {
            let ids: Vec<String> = chunk.iter().map(|q| format!("Q{q}")).collect();
            let joined = ids.join("|");
            let answer = self.get(
                st,
                &format!("reading classes {}", ids.join(",")),
                &[("action", "wbgetentities"), ("ids", &joined), ("props", "claims")],
            );
            let value = match answer {
                Ok(v) => v,
                Err(e) => {
                    self.network_warning(st, &e);
                    return;
                }
            };
            for &q in chunk {
                let id = format!("Q{q}");
                let parents = value
                    .get("entities")
                    .and_then(|e| e.get(&id))
                    .filter(|e| e.get("missing").is_none())
                    .and_then(|e| serde_json::to_vec(e).ok())
                    .and_then(|b| match parse_line(&b) {
                        Ok(Line::Item(i)) => Some(i.subclass_of),
                        _ => None,
                    })
                    .unwrap_or_default();
                let c = ClassAnswer { id, subclass_of: parents.clone() };
                if let Err(e) = self.write_cache(&self.class_path(q), &c) {
                    self.cache_warning(st, &e);
                }
                st.classes.insert(q, parents);
            }
        }
    }

    /// The cache file of a normalised name: the name itself (ASCII letters, digits and
    /// spaces as `_`), or a hash for long or unusual names.
    fn name_path(&self, key: &str) -> PathBuf {
        let file = if key.len() <= 100 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
            key.replace(' ', "_")
        } else {
            let digest = Sha256::digest(key.as_bytes());
            let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
            format!("h-{hex}")
        };
        self.config.cache_dir.join("names").join(format!("{file}.json"))
    }

    fn class_path(&self, q: u32) -> PathBuf {
        self.config.cache_dir.join("classes").join(format!("Q{q}.json"))
    }

    /// The cached answer for a name, if any (an unreadable file counts as none).
    fn read_cached_name(&self, key: &str) -> Option<NameAnswer> {
        let bytes = std::fs::read(self.name_path(key)).ok()?;
        serde_json::from_slice::<NameAnswer>(&bytes).ok().filter(|a| a.name == key)
    }

    /// Writes a cache file atomically (temporary file, then rename).
    fn write_cache<T: Serialize>(&self, path: &Path, value: &T) -> Result<(), OnlineError> {
        let err = |action, path: &Path| {
            let path = path.to_path_buf();
            move |source| OnlineError::Cache { action, path, source }
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err("creating cache directory", dir))?;
        let bytes = serde_json::to_vec(value).map_err(|e| OnlineError::Cache {
            action: "serialising cache entry",
            path: path.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, bytes).map_err(err("writing cache file", &tmp))?;
        std::fs::rename(&tmp, path).map_err(err("writing cache file", path))
    }
}

/// The search results whose label, matched term or an alias is `key` once normalised (the
/// API also returns prefix matches: "Paris" finds "Paris Hilton"), with whether the match is
/// by label.
fn exact_matches(search: &Value, key: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for r in search.get("search").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]) {
        let Some(id) = r.get("id").and_then(Value::as_str).filter(|id| is_item_id(id)) else { continue };
        let norm = |v: Option<&Value>| v.and_then(Value::as_str).map(normalize_name);
        let by_label = norm(r.get("label")).as_deref() == Some(key);
        let by_match = norm(r.get("match").and_then(|m| m.get("text"))).as_deref() == Some(key);
        let by_alias = r
            .get("aliases")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|v| norm(Some(v)).as_deref() == Some(key)));
        if (by_label || by_match || by_alias) && !out.iter().any(|(q, _)| q == id) {
            out.push((id.to_string(), by_label));
        }
    }
    out
}

/// Drops the claims the linker does not read from a `wbgetentities` answer (a country's
/// claims run to megabytes).
fn prune_claims(answer: &mut Value) {
    let Some(entities) = answer.get_mut("entities").and_then(Value::as_object_mut) else { return };
    for e in entities.values_mut() {
        if let Some(claims) = e.get_mut("claims").and_then(Value::as_object_mut) {
            claims.retain(|p, _| KEPT_CLAIMS.contains(&p.as_str()));
        }
    }
}

fn candidate(item: &DumpItem, t: Option<ClassType>, by_label: bool) -> Candidate {
    Candidate {
        qid: format!("Q{}", item.qid),
        label: item.label.clone().unwrap_or_default(),
        description: item.description.clone().unwrap_or_default(),
        kind: t.map(|t| t.kind),
        class: t.map(|t| t.class.to_string()),
        countries: item.country.iter().map(|q| format!("Q{q}")).collect(),
        located_in: item.located_in.iter().map(|q| format!("Q{q}")).collect(),
        sitelinks: item.sitelinks,
        curated: false,
        by_label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_ids() {
        assert_eq!(host_of("https://www.wikidata.org/w/api.php"), "www.wikidata.org");
        assert_eq!(host_of("http://127.0.0.1:8080/w/api.php?x=1"), "127.0.0.1:8080");
        assert!(is_item_id("Q42") && !is_item_id("P31") && !is_item_id("Q"));
        assert!(USER_AGENT.starts_with("factgraph/") && USER_AGENT.ends_with("(https://w3id.org/factgraph)"));
    }

    #[test]
    fn only_exact_matches_count() {
        let search = serde_json::json!({"search": [
            {"id": "Q90", "label": "Paris", "match": {"type": "label", "language": "en", "text": "Paris"}},
            {"id": "Q47899", "label": "Paris Hilton", "match": {"type": "label", "language": "en", "text": "Paris Hilton"}},
            {"id": "Q1", "label": "Lutetia", "match": {"type": "alias", "language": "en", "text": "PARIS"}, "aliases": ["PARIS"]}
        ]});
        assert_eq!(exact_matches(&search, "paris"), vec![("Q90".to_string(), true), ("Q1".to_string(), false)]);
    }

    #[test]
    fn pruning_keeps_linker_claims() {
        let mut v = serde_json::json!({"entities": {"Q1": {"claims": {"P31": [], "P18": [], "P17": []}}}});
        prune_claims(&mut v);
        let mut kept: Vec<&String> = v["entities"]["Q1"]["claims"].as_object().unwrap().keys().collect();
        kept.sort();
        assert_eq!(kept, vec!["P17", "P31"]);
    }
}
