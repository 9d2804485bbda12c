//! SPARQL over the store for `factgraph query`: common prefixes predeclared, the default
//! graph as the union of all named graphs, and results written as an aligned table, the
//! W3C result formats (via sparesults) or, for CONSTRUCT/DESCRIBE, RDF.

use crate::graph::vocab::PREFIXES;
use crate::graph::Base;
use super::FactStore;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::TermRef;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned columns, IRIs as prefixed names (SELECT/ASK).
    Table,
    Csv,
    Tsv,
    /// W3C SPARQL 1.1 Query Results JSON.
    Json,
    Xml,
    /// CONSTRUCT/DESCRIBE.
    Turtle,
    NTriples,
    JsonLd,
}

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// Line and column count in the user's query text (prefixes are predeclared through
    /// the parser, not by prepending text, so positions need no adjusting).
    #[error("query: syntax error at line {line}, column {column}: {message}\n{excerpt}")]
    Syntax { line: usize, column: usize, message: String, excerpt: String },
    #[error("query: {0}")]
    Invalid(String),
    #[error("query: --format {format} does not apply to {kind} results (use {use_})")]
    Format { format: &'static str, kind: &'static str, use_: &'static str },
    #[error("query: evaluating: {0}")]
    Evaluation(String),
    #[error("query: writing results: {0}")]
    Io(#[from] std::io::Error),
}

/// Every predeclared prefix: the fixed vocabularies plus the minted namespaces of `base`
/// (doc:, person:, organization:, place:, event:, quotation:).
pub fn prefixes(base: &Base) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> =
        PREFIXES.iter().map(|(p, i)| (p.to_string(), i.to_string())).collect();
    v.extend(base.prefixes());
    v
}

/// `fg:Person` -> full IRI, when the prefix is known.
pub fn expand_prefixed(name: &str, base: &Base) -> Option<String> {
    let (p, l) = name.split_once(':')?;
    if l.starts_with("//") {
        return None;
    }
    prefixes(base).into_iter().find(|(pp, _)| pp == p).map(|(_, ns)| format!("{ns}{l}"))
}

/// An IRI as a prefixed name when a prefix matches and the rest is a plain local name
/// (for display only: `event:doc-1/seminar` is readable though not valid Turtle).
pub fn compact_iri(iri: &str, base: &Base) -> String {
    let mut best: Option<(String, &str)> = None;
    let prefixes = prefixes(base);
    for (p, ns) in &prefixes {
        if let Some(l) = iri.strip_prefix(ns.as_str()) {
            if l.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
                && !l.ends_with('.')
                && best.as_ref().is_none_or(|(_, bl)| l.len() < bl.len())
            {
                best = Some((p.clone(), l));
            }
        }
    }
    match best {
        Some((p, l)) => format!("{p}:{l}"),
        None => format!("<{iri}>"),
    }
}

fn display_term(t: TermRef<'_>, base: &Base) -> String {
    match t {
        TermRef::NamedNode(n) => compact_iri(n.as_str(), base),
        TermRef::BlankNode(b) => format!("_:{}", b.as_str()),
        TermRef::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        _ => t.to_string(),
    }
}

/// Parses `line:column: message` out of the parser's "error at L:C: …" text, shortens
/// the parser's long "expected one of …" lists, and quotes the line with a caret.
fn syntax_error(message: String, sparql: &str) -> QueryError {
    let rest = message.strip_prefix("error at ").unwrap_or(&message);
    let mut parts = rest.splitn(3, ':');
    if let (Some(l), Some(c), Some(m)) = (parts.next(), parts.next(), parts.next()) {
        if let (Ok(line), Ok(column)) = (l.trim().parse::<usize>(), c.trim().parse::<usize>()) {
            let mut m: String = m.split_whitespace().collect::<Vec<_>>().join(" ");
            if m.chars().count() > 100 {
                m = m.chars().take(100).collect::<String>() + " …";
            }
            let text = sparql.lines().nth(line.saturating_sub(1)).unwrap_or("");
            let excerpt = format!("  {text}\n  {}^", " ".repeat(column.saturating_sub(1)));
            return QueryError::Syntax { line, column, message: m, excerpt };
        }
    }
    QueryError::Invalid(message)
}

/// Runs `sparql` on the store and writes the results to `out`. `format` None picks the
/// default: a table when `tty`, TSV otherwise; Turtle for CONSTRUCT/DESCRIBE.
pub fn run(
    store: &FactStore,
    sparql: &str,
    format: Option<ResultFormat>,
    tty: bool,
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    let base = store.base();
    let mut evaluator = SparqlEvaluator::new();
    for (p, ns) in prefixes(base) {
        evaluator = evaluator
            .with_prefix(p, ns)
            .map_err(|e| QueryError::Invalid(e.to_string()))?;
    }
    let mut prepared = evaluator
        .parse_query(sparql)
        .map_err(|e| syntax_error(e.to_string(), sparql))?;
    // Without FROM / FROM NAMED the default graph is the union of every graph.
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let results = prepared
        .on_store(store.oxigraph())
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
    let eval = |e: oxigraph::sparql::QueryEvaluationError| QueryError::Evaluation(e.to_string());
    match results {
        QueryResults::Boolean(b) => match format.unwrap_or(if tty { ResultFormat::Table } else { ResultFormat::Tsv }) {
            ResultFormat::Table => writeln!(out, "{b}")?,
            f => {
                let rf = results_format(f, "ASK")?;
                let w = QueryResultsSerializer::from_format(rf).serialize_boolean_to_writer(out, b)?;
                writeln!(w)?;
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match format.unwrap_or(if tty { ResultFormat::Table } else { ResultFormat::Tsv }) {
                ResultFormat::Table => {
                    let mut rows: Vec<Vec<String>> = Vec::new();
                    for s in solutions {
                        let s = s.map_err(eval)?;
                        rows.push(vars.iter().map(|v| s.get(v).map(|t| display_term(t.as_ref(), base)).unwrap_or_default()).collect());
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(out, &header, &rows)?;
                }
                f => {
                    let rf = results_format(f, "SELECT")?;
                    let mut w = QueryResultsSerializer::from_format(rf).serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        w.serialize(&s.map_err(eval)?)?;
                    }
                    w.finish()?;
                    if matches!(f, ResultFormat::Json | ResultFormat::Xml) {
                        writeln!(out)?;
                    }
                }
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format.unwrap_or(ResultFormat::Turtle) {
                ResultFormat::Turtle | ResultFormat::Table => RdfFormat::Turtle,
                ResultFormat::NTriples => RdfFormat::NTriples,
                ResultFormat::JsonLd => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
                f => {
                    return Err(QueryError::Format {
                        format: format_name(f),
                        kind: "CONSTRUCT/DESCRIBE",
                        use_: "turtle, ntriples or jsonld",
                    })
                }
            };
            let mut ser = RdfSerializer::from_format(rdf);
            for (p, ns) in prefixes(base) {
                ser = ser.with_prefix(p, ns).map_err(|e| QueryError::Invalid(e.to_string()))?;
            }
            let mut w = ser.for_writer(out);
            for t in triples {
                let t = t.map_err(eval)?;
                w.serialize_triple(&t)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

fn format_name(f: ResultFormat) -> &'static str {
    match f {
        ResultFormat::Table => "table",
        ResultFormat::Csv => "csv",
        ResultFormat::Tsv => "tsv",
        ResultFormat::Json => "json",
        ResultFormat::Xml => "xml",
        ResultFormat::Turtle => "turtle",
        ResultFormat::NTriples => "ntriples",
        ResultFormat::JsonLd => "jsonld",
    }
}

fn results_format(f: ResultFormat, kind: &'static str) -> Result<QueryResultsFormat, QueryError> {
    Ok(match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        other => {
            return Err(QueryError::Format {
                format: format_name(other),
                kind,
                use_: "table, csv, tsv, json or xml",
            })
        }
    })
}

/// Columns padded to their widest cell (in characters), a rule under the header.
pub fn write_table(out: &mut dyn Write, header: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(clean(c).chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let c = clean(c);
            if i + 1 == cells.len() {
                s.push_str(&c);
            } else {
                s.push_str(&c);
                s.extend(std::iter::repeat_n(' ', w - c.chars().count() + 2));
            }
        }
        s.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", line(&rule))?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })
}
