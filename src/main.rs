//! The `factgraph` binary: parses the command line (src/cli.rs) and dispatches into the
//! library; maps errors to exit codes (0 ok, 1 runtime error, 2 usage or bad input).

mod cli;
mod nlp_cli;
mod link_cli;

use anyhow::{Context, Result};
use clap::Parser;
use cli::{Cli, Command, ExportFormatArg, QueryFormatArg};
use factgraph::document::{read_path, Document, ReadError};
use factgraph::graph::{Base, GraphError};
use factgraph::store::export::{export, ExportFormat};
use factgraph::store::query::{self, QueryError, ResultFormat};
use factgraph::store::{FactStore, IngestOutcome};
use std::io::{IsTerminal, Write};

use std::process::ExitCode;
use std::time::Instant;

/// An error the user caused by what they asked for, not by the environment: exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct BadInput(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // "factgraph eval -v … | head": a reader that has gone away ends the output, as it
        // does for any Unix tool, without an error.
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factgraph: error: {e:#}");
            ExitCode::from(exit_code(&e))
        }
    }
}

/// Writes to standard output, returning the error that `print!` would panic on (a closed
/// pipe), so that `main` can end quietly.
fn emit(text: std::fmt::Arguments) -> std::io::Result<()> {
    std::io::stdout().lock().write_fmt(text)
}

fn exit_code(e: &anyhow::Error) -> u8 {
    for cause in e.chain() {
        if cause.is::<BadInput>() || cause.is::<factgraph::nlp::NlpError>() || cause.is::<ReadError>() || cause.is::<GraphError>() {
            return 2;
        }
        if let Some(q) = cause.downcast_ref::<QueryError>() {
            return match q {
                QueryError::Syntax { .. } | QueryError::Invalid(_) | QueryError::Format { .. } => 2,
                _ => 1,
            };
        }
    }
    1
}

fn open(cli: &Cli) -> Result<FactStore> {
    let base = Base::new(&cli.base)?;
    Ok(FactStore::open(&cli.store, base)?)
}

fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Command::Ingest { paths, force } => ingest(&cli, paths, *force),
        Command::Query(q) => {
            let sparql = match (&q.sparql, &q.file) {
                (Some(s), _) => s.clone(),
                (None, Some(f)) => std::fs::read_to_string(f)
                    .map_err(|e| BadInput(format!("query: reading {}: {e}", f.display())))?,
                (None, None) => unreachable!("clap requires one"),
            };
            let store = open(&cli)?;
            let format = q.format.map(|f| match f {
                QueryFormatArg::Table => ResultFormat::Table,
                QueryFormatArg::Csv => ResultFormat::Csv,
                QueryFormatArg::Tsv => ResultFormat::Tsv,
                QueryFormatArg::Json => ResultFormat::Json,
                QueryFormatArg::Xml => ResultFormat::Xml,
                QueryFormatArg::Turtle => ResultFormat::Turtle,
                QueryFormatArg::Ntriples => ResultFormat::NTriples,
                QueryFormatArg::Jsonld => ResultFormat::JsonLd,
            });
            let stdout = std::io::stdout();
            let tty = stdout.is_terminal();
            let mut out = std::io::BufWriter::new(stdout.lock());
            query::run(&store, &sparql, format, tty, &mut out)?;
            out.flush().context("query: writing results")?;
            Ok(())
        }
        Command::Export { output, format, with_provenance } => {
            let format = match format {
                Some(f) => *f,
                None => output
                    .as_deref()
                    .and_then(|o| o.extension())
                    .and_then(|e| e.to_str())
                    .and_then(|e| match e.to_ascii_lowercase().as_str() {
                        "nt" => Some(ExportFormatArg::Ntriples),
                        "nq" => Some(ExportFormatArg::Nquads),
                        "trig" => Some(ExportFormatArg::Trig),
                        "rdf" | "owl" | "xml" => Some(ExportFormatArg::Rdfxml),
                        "jsonld" | "json" => Some(ExportFormatArg::Jsonld),
                        _ => None,
                    })
                    .unwrap_or(ExportFormatArg::Turtle),
            };
            let format = match format {
                ExportFormatArg::Turtle => ExportFormat::Turtle,
                ExportFormatArg::Ntriples => ExportFormat::NTriples,
                ExportFormatArg::Nquads => ExportFormat::NQuads,
                ExportFormatArg::Trig => ExportFormat::TriG,
                ExportFormatArg::Rdfxml => ExportFormat::RdfXml,
                ExportFormatArg::Jsonld => ExportFormat::JsonLd,
            };
            let store = open(&cli)?;
            let n = match output {
                Some(path) => {
                    let file = std::fs::File::create(path)
                        .with_context(|| format!("export: creating {}", path.display()))?;
                    let mut w = std::io::BufWriter::new(file);
                    let n = export(&store, format, *with_provenance, &mut w)?;
                    w.flush().with_context(|| format!("export: writing {}", path.display()))?;
                    n
                }
                None => {
                    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                    let n = export(&store, format, *with_provenance, &mut w)?;
                    w.flush().context("export: writing to stdout")?;
                    n
                }
            };
            if !cli.quiet {
                if let Some(path) = output {
                    eprintln!("wrote {n} statements to {}", path.display());
                }
            }
            Ok(())
        }
        Command::Stats => {
            let store = open(&cli)?;
            emit(format_args!("{}", store.stats()?))?;
            Ok(())
        }
        Command::Show { entity } => {
            let store = open(&cli)?;
            for (i, report) in store.show(entity)?.iter().enumerate() {
                if i > 0 {
                    emit(format_args!("\n"))?;
                }
                emit(format_args!("{report}"))?;
            }
            Ok(())
        }
        Command::Remove { doc_id } => {
            let store = open(&cli)?;
            store.remove(doc_id)?;
            if !cli.quiet {
                emit(format_args!("removed {doc_id}\n"))?;
            }
            Ok(())
        }
        Command::Eval { gold_dir } => {
            let report = factgraph::eval::evaluate(gold_dir)?;
            if cli.verbose > 0 {
                // -v: what was extracted but not in the gold (+), and what was missed (-).
                emit(format_args!("{}", report.differences_text()))?;
            }
            emit(format_args!("{report}\n"))?;
            Ok(())
        }
        Command::Train(args) => nlp_cli::train(args, cli.quiet),
        Command::Annotate(args) => nlp_cli::annotate(args),
        Command::Wikidata(cmd) => link_cli::wikidata(&cli, cmd),
        Command::Link => link_cli::relink(&cli, &open(&cli)?),
    }
}

fn ingest(cli: &Cli, paths: &[std::path::PathBuf], force: bool) -> Result<()> {
    let started = Instant::now();
    // Open first: a locked or unwritable store fails before stdin is read.
    let store = open(cli)?;
    let linker = link_cli::linker(cli)?;
    // Read every input before storing anything, so a bad input stores nothing.
    let mut docs: Vec<Document> = Vec::new();
    let mut failures: Vec<ReadError> = Vec::new();
    for path in paths {
        match read_path(path) {
            Ok(d) => docs.extend(d),
            Err(e) => failures.push(e),
        }
    }
    if let Some(first) = failures.into_iter().reduce(|a, b| {
        eprintln!("factgraph: error: {a}");
        b
    }) {
        return Err(anyhow::Error::new(first).context("ingest: nothing was stored"));
    }
    if docs.is_empty() {
        return Err(BadInput(format!(
            "ingest: no documents found in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        ))
        .into());
    }
    let mut seen = std::collections::HashMap::new();
    for d in &docs {
        if let Some(prev) = seen.insert(d.id.clone(), d.origin.clone()) {
            if !cli.quiet {
                eprintln!(
                    "factgraph: warning: document id {:?} appears in {} and {}; the last one wins",
                    d.id,
                    prev.display(),
                    d.origin.display()
                );
            }
        }
    }

    let bar = (!cli.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(docs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let (mut written, mut skipped, mut entities, mut facts) = (0, 0, 0, 0);
    for doc in &docs {
        if let Some(bar) = &bar {
            bar.set_message(doc.id.clone());
        }
        let outcome = if !force && store.is_unchanged(doc)? {
            IngestOutcome::Unchanged
        } else {
            let mut extraction = factgraph::extract::extract(doc);
            factgraph::link::link_extraction(&linker, doc, &mut extraction);
            store.ingest(doc, &extraction, true)?
        };
        match outcome {
            IngestOutcome::Unchanged => {
                skipped += 1;
                log(cli, bar.as_ref(), format!("{}: unchanged, skipped", doc.id));
            }
            IngestOutcome::Written { entities: e, facts: f } => {
                written += 1;
                entities += e;
                facts += f;
                log(cli, bar.as_ref(), format!("{}: {e} entities, {f} facts", doc.id));
            }
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    link_cli::online_summary(cli, &linker);
    if !cli.quiet {
        println!(
            "ingested {written} documents ({skipped} skipped as unchanged): {entities} entities, {facts} facts in {:.2}s",
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn log(cli: &Cli, bar: Option<&indicatif::ProgressBar>, line: String) {
    if cli.verbose == 0 {
        return;
    }
    match bar {
        Some(b) => b.println(line),
        None => eprintln!("{line}"),
    }
}

