//! The linking commands of the binary (`wikidata import`, `link`, and the linker that
//! `ingest` uses): terminal concerns only — progress bars and summaries. The work is in
//! `factgraph::link`; this file keeps those commands out of `main.rs`.

use std::io::IsTerminal;

use anyhow::Result;
use factgraph::link::index::{parse_qid_list, IndexError};
use factgraph::link::{relink::relink as relink_store, ImportOptions, Linker};
use factgraph::store::FactStore;

use crate::cli::{Cli, WikidataCommand};
use crate::BadInput;

/// The linker for this run: `--index` / FACTGRAPH_INDEX indexes over the bundled gazetteer.
/// An index that cannot be opened is a usage error (exit 2).
pub fn linker(cli: &Cli) -> Result<Linker> {
    let paths: Vec<_> = cli.index.iter().filter(|p| !p.as_os_str().is_empty()).cloned().collect();
    Linker::with_indexes(&paths).map_err(|e| match e {
        e @ IndexError::Invalid { .. } => BadInput(e.to_string()).into(),
        e => anyhow::Error::new(e),
    })
}

pub fn wikidata(cli: &Cli, cmd: &WikidataCommand) -> Result<()> {
    let WikidataCommand::Import { dumps, min_sitelinks, types, output } = cmd;
    for d in dumps {
        if !d.is_file() {
            return Err(BadInput(format!("wikidata import: {}: no such file", d.display())).into());
        }
    }
    let types = match types {
        Some(t) => parse_qid_list(t).map_err(|e| BadInput(format!("wikidata import: --types: {e}")))?,
        None => Vec::new(),
    };
    let opts = ImportOptions { min_sitelinks: *min_sitelinks, types, ..ImportOptions::default() };
    let sizes: Vec<u64> = dumps.iter().map(|d| std::fs::metadata(d).map(|m| m.len()).unwrap_or(0)).collect();
    let bar = (!cli.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let mut last = std::time::Instant::now();
    let mut progress = |p: factgraph::link::index::ImportProgress| {
        if let Some(bar) = &bar {
            if last.elapsed().as_millis() >= 200 {
                last = std::time::Instant::now();
                bar.set_message(format!(
                    "{} ({} compressed): {} MB read, {} items, {} kept",
                    dumps[p.file].display(),
                    sizes[p.file] / 1_000_000,
                    p.bytes / 1_000_000,
                    p.items,
                    p.kept
                ));
                bar.tick();
            }
        }
    };
    let report = factgraph::link::import(dumps, output, &opts, &mut progress)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !cli.quiet {
        for (path, s) in &report.files {
            eprintln!(
                "{}: {} lines, {} items, {} other entities, {} malformed lines skipped",
                path.display(),
                s.lines,
                s.items,
                s.other,
                s.malformed
            );
            for (line, msg) in &s.first_errors {
                eprintln!("  line {line}: {msg}");
            }
        }
        let rate = report.items() as f64 / report.seconds.max(1e-9);
        println!(
            "wrote {}: {} items kept ({} left out), {} names, {} classes typed through P279, in {:.2}s ({:.0} items/s)",
            output.display(),
            report.kept,
            report.filtered,
            report.names,
            report.classes,
            report.seconds,
            rate
        );
    }
    Ok(())
}

pub fn relink(cli: &Cli, store: &FactStore) -> Result<()> {
    let linker = linker(cli)?;
    let report = relink_store(store, &linker)?;
    if !cli.quiet {
        println!("{report}");
    }
    Ok(())
}
