//! The linking commands of the binary (`wikidata import`, `link`, and the linker that
//! `ingest` uses): terminal concerns only — progress bars and summaries. The work is in
//! `factgraph::link`; this file keeps those commands out of `main.rs`.

use std::io::IsTerminal;

use anyhow::Result;
use factgraph::link::index::{parse_qid_list, IndexError};
use factgraph::link::{relink::relink as relink_store, ImportOptions, Linker, OnlineConfig, OnlineLookup};
use factgraph::store::FactStore;

use crate::cli::{Cli, WikidataCommand};
use crate::BadInput;

/// The linker for this run: `--index` / FACTGRAPH_INDEX indexes over the bundled gazetteer,
/// and with `--online` Wikidata's API behind them. An index that cannot be opened is a usage
/// error (exit 2); online failures are warnings (unless --quiet), never errors.
pub fn linker(cli: &Cli) -> Result<Linker> {
    let paths: Vec<_> = cli.index.iter().filter(|p| !p.as_os_str().is_empty()).cloned().collect();
    let linker = Linker::with_indexes(&paths).map_err(|e| match e {
        e @ IndexError::Invalid { .. } => anyhow::Error::from(BadInput(e.to_string())),
        e => anyhow::Error::new(e),
    })?;
    if !cli.online {
        return Ok(linker);
    }
    if !cli.wikidata_api.starts_with("http://") && !cli.wikidata_api.starts_with("https://") {
        return Err(BadInput(format!("--wikidata-api: {:?} is not an http(s) URL", cli.wikidata_api)).into());
    }
    let cache_dir = cli
        .cache_dir
        .clone()
        .or_else(OnlineConfig::default_cache_dir)
        .unwrap_or_else(|| cli.store.with_extension("wikidata-cache"));
    let config = OnlineConfig { api: cli.wikidata_api.clone(), ..OnlineConfig::new(cache_dir) };
    let quiet = cli.quiet;
    let report = Box::new(move |msg: &str| {
        if !quiet {
            eprintln!("factgraph: warning: {msg}");
        }
    });
    Ok(linker.with_online(OnlineLookup::new(config, report)))
}

/// With -v, how many names --online asked and how many the cache answered.
pub fn online_summary(cli: &Cli, linker: &Linker) {
    if let (Some(online), true) = (linker.online(), cli.verbose > 0) {
        let s = online.stats();
        eprintln!(
            "online: {} names asked ({} requests), {} answered from the cache in {}",
            s.asked,
            s.requests,
            s.cached,
            online.config().cache_dir.display()
        );
    }
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
    online_summary(cli, &linker);
    if !cli.quiet {
        println!("{report}");
    }
    Ok(())
}
