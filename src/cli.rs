//! The command line, as clap derive types and nothing else: `main.rs` parses it and
//! dispatches into the library, which never sees clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  factgraph --store /tmp/fg.db ingest data/examples/
  factgraph query 'SELECT ?event ?organizer WHERE { ?event fg:organizer ?organizer }'
  factgraph show 'OSCE Programme Office in Astana'
  factgraph export -o graph.ttl

Exit status: 0 ok, 1 runtime error (store, I/O), 2 usage or bad input.";

/// Reads English news, extracts who did what, where and when, and keeps the facts as RDF
/// (with provenance) in a persistent store under the factgraph OWL ontology.
#[derive(Debug, Parser)]
#[command(name = "factgraph", version, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    /// The store directory (Oxigraph on RocksDB), created on first use.
    #[arg(long, global = true, env = "FACTGRAPH_STORE", default_value = "./factgraph.db", value_name = "PATH")]
    pub store: PathBuf,
    /// Base IRI under which documents and entities are named.
    #[arg(long, global = true, env = "FACTGRAPH_BASE", default_value = "https://w3id.org/factgraph/", value_name = "IRI")]
    pub base: String,
    /// Only errors on stderr: no progress bar, no summary.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More detail on stderr (one line per document).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// A Wikidata index written by `wikidata import`; repeat to stack several (the first
    /// wins), all over the bundled gazetteer. Env FACTGRAPH_INDEX: paths separated by ':'.
    #[arg(long, global = true, env = "FACTGRAPH_INDEX", value_delimiter = ':', value_name = "PATH")]
    pub index: Vec<PathBuf>,
    /// Ask Wikidata's API about entities the offline indexes give no candidate of their
    /// kind (ingest and link); answers are cached on disk. Off by default.
    #[arg(long, global = true, env = "FACTGRAPH_ONLINE", action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::BoolishValueParser::new())]
    pub online: bool,
    /// Cache of --online answers [default: $XDG_CACHE_HOME/factgraph/wikidata, else
    /// ~/.cache/factgraph/wikidata, else next to the store].
    #[arg(long, global = true, env = "FACTGRAPH_CACHE_DIR", value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// The Wikidata API endpoint --online asks (a mirror, or a test server).
    #[arg(long, global = true, env = "FACTGRAPH_WIKIDATA_API", value_name = "URL",
          default_value = factgraph::link::online::DEFAULT_API)]
    pub wikidata_api: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract entities and facts, and store them.
    ///
    /// Inputs are .txt/.md files (one article each; a leading dateline such as "ASTANA.
    /// KAZINFORM" or "DUSHANBE, 16 October 2014 –" gives place, date and source), .jsonl
    /// files (one article per line: "id" and "text" required, "published", "source",
    /// "title" optional), .json files (one article object, as in the gold format),
    /// directories (searched recursively) or "-" for stdin (JSON Lines or plain text).
    /// Every input is read before anything is stored; if one cannot be read the command
    /// stores nothing and exits with status 2. Each document is written in one
    /// transaction. Re-ingesting a document id replaces its facts; a document whose
    /// content is unchanged (same sha256) is skipped.
    #[command(after_help = "Examples:\n  factgraph ingest data/examples/\n  cat news.jsonl | factgraph ingest -")]
    Ingest {
        /// Files, directories, or - for stdin.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Re-extract and rewrite documents even when their content is unchanged.
        #[arg(long)]
        force: bool,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE).
    ///
    /// The default graph is the union of all named graphs (every document's facts, the
    /// provenance graphs and the ontology) unless the query has FROM / FROM NAMED.
    /// Predeclared prefixes: fg rdf rdfs owl xsd skos wd wdt schema prov dcterms nif, and
    /// doc person organization place event quotation for the minted names.
    /// Default output: an aligned table on a terminal, TSV otherwise; Turtle for
    /// CONSTRUCT/DESCRIBE.
    #[command(after_help = "Examples:\n  factgraph query 'SELECT ?event ?organizer WHERE { ?event fg:organizer ?organizer }'\n  factgraph query -f report.rq --format json")]
    Query(QueryArgs),
    /// Write the whole graph plus the ontology, ready for Protégé.
    ///
    /// Turtle, N-Triples, RDF/XML and JSON-LD merge all graphs (deduplicated); N-Quads
    /// and TriG keep each document's named graph. Provenance axioms are left out unless
    /// --with-provenance.
    #[command(after_help = "Examples:\n  factgraph export -o graph.ttl\n  factgraph export --format nquads --with-provenance > all.nq")]
    Export {
        /// Output file (default stdout).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format (default: from the -o extension, else turtle).
        #[arg(long, value_enum)]
        format: Option<ExportFormatArg>,
        /// Include the provenance graphs (OWL axiom annotations).
        #[arg(long)]
        with_provenance: bool,
    },
    /// Count documents, entities by type, facts by predicate and Wikidata links.
    #[command(after_help = "Example:\n  factgraph stats")]
    Stats,
    /// Show an entity's facts, each with the sentence and document it came from.
    #[command(after_help = "Examples:\n  factgraph show 'osce programme office in astana'\n  factgraph show person:ali-khan")]
    Show {
        /// A label or alternative label (case-insensitive), an IRI, or a prefixed name.
        entity: String,
    },
    /// Delete a document's facts; entities no other document supports disappear too.
    #[command(after_help = "Example:\n  factgraph remove kazinform-2019-03-01")]
    Remove {
        /// The document id (dcterms:identifier).
        doc_id: String,
    },
    /// Score extraction against gold articles (the format of ../shared/eval/GUIDELINES.md).
    ///
    /// Prints precision, recall and F1 per predicate and micro-averaged, entity scores and
    /// Wikidata-link precision and recall. With -v, first lists per article every relation
    /// extracted but not in the gold (+) and every gold relation missed (-), then every
    /// entity extracted but not in the gold ("+ Place: Kutaisi") and every one missed.
    #[command(after_help = "Examples:\n  factgraph eval ../shared/eval/dev\n  factgraph -v eval ../shared/eval/dev")]
    Eval {
        /// Directory of gold *.json files.
        gold_dir: PathBuf,
    },
    /// Train a model of the NLP core (tagger, parser, ner) from data directories.
    ///
    /// Each DIR contributes its *train* files (.conllu for tagger and parser; UNER .iob2
    /// and conll04_train.json for ner) and its *dev* files for the reported dev score. For ner,
    /// a directory with a batches.tsv (tests/probes) contributes the gold articles it marks
    /// "read", their names and aliases labelled where they occur in the text.
    /// Deterministic (fixed seed).
    #[command(after_help = "Examples:\n  factgraph train tagger --data ../shared/data/ud_english_ewt -o data/models/tagger.bin\n  FACTGRAPH_BEAM=4 factgraph train ner --data ../shared/data/uner_english_ewt ../shared/data/re_docred/dev_revised.json tests/probes")]
    Train(TrainArgs),
    /// Tokenize, tag, lemmatize, parse and find entities; CoNLL-U (NER=… in MISC) or JSON out.
    ///
    /// With --input conllu the given words and sentences are kept exactly and every other
    /// column is filled in. With --score the input's gold columns (CoNLL-U) or labels
    /// (--input iob2) are compared with the predictions and scores are printed instead.
    ///
    /// --input text --score FILE.conllu scores tokenization and sentence splitting from raw
    /// text: the raw text is rebuilt from the gold CoNLL-U as the UD .txt files used by the
    /// CoNLL 2018 shared task are (token forms, a space unless SpaceAfter=No, a blank line at
    /// each # newpar / # newdoc, lines wrapped at 80 characters), tokenized, and scored as
    /// conll18_ud_eval.py does: Tokens (a multiword token such as "don't" counts once),
    /// Sentences and Words F1, matched on character spans with whitespace ignored.
    #[command(after_help = "Examples:\n  echo 'Ali Khan met the OSCE in Astana.' | factgraph annotate -\n  factgraph annotate --input conllu --score ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu\n  factgraph annotate --input text --score ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu")]
    Annotate(AnnotateArgs),
    /// Build a Wikidata index from the official JSON dumps (see `wikidata import --help`).
    #[command(subcommand)]
    Wikidata(WikidataCommand),
    /// Re-link the entities of the store with the current indexes, without re-ingesting.
    ///
    /// Each document's entities are linked again (--index indexes over the bundled
    /// gazetteer), with the document as context; changed owl:sameAs links and their
    /// provenance (fg:linkScore, fg:linkMargin) are replaced, one transaction per document.
    #[command(after_help = "Examples:\n  factgraph --index wd-index link\n  FACTGRAPH_INDEX=wd-index factgraph link")]
    Link,
}

#[derive(Debug, Subcommand)]
pub enum WikidataCommand {
    /// Stream Wikidata JSON dumps into an on-disk index for linking.
    ///
    /// Reads the official dump format (latest-all.json.gz / .bz2: a JSON array, one entity
    /// per line), plain .json or .jsonl, in constant memory. Keeps items' QID, English
    /// label, aliases and description, P31/P17/P131 values and sitelink count, and types
    /// classes through P279. Malformed lines are counted and skipped; the first few are
    /// reported with their line numbers.
    #[command(after_help = "Examples:\n  factgraph wikidata import latest-all.json.bz2 --min-sitelinks 1 -o wd-index\n  factgraph wikidata import dump.json.gz --types Q5,Q43229,Q2221906 -o wd-index\n  factgraph --index wd-index ingest news/")]
    Import {
        /// Dump files (.json.gz, .json.bz2, .json, .jsonl).
        #[arg(required = true, value_name = "DUMP")]
        dumps: Vec<PathBuf>,
        /// Leave out items with fewer sitelinks (Wikipedia pages).
        #[arg(long, default_value_t = 0, value_name = "N")]
        min_sitelinks: u32,
        /// Keep only items with one of these P31 classes (or a core subclass of the roots
        /// Q5 human, Q43229 organization, Q2221906 geographic location, Q1656682 event).
        #[arg(long, value_name = "Q5,Q43229,…")]
        types: Option<String>,
        /// Index directory to write.
        #[arg(short, long, default_value = "wikidata-index", value_name = "INDEX")]
        output: PathBuf,
    },
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["sparql", "file"]))]
pub struct QueryArgs {
    /// The query text.
    pub sparql: Option<String>,
    /// Read the query from a file.
    #[arg(short, long, value_name = "FILE.rq")]
    pub file: Option<PathBuf>,
    /// Result format.
    #[arg(long, value_enum)]
    pub format: Option<QueryFormatArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormatArg {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Jsonld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrainModel {
    Tagger,
    Parser,
    Ner,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub model: TrainModel,
    /// Data directories (or training files).
    #[arg(long, required = true, num_args = 1.., value_name = "DIR")]
    pub data: Vec<PathBuf>,
    /// Output model file (default data/models/{tagger,parser,ner}.bin).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Training epochs (default: the model's own).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Tagger model used to tag parser/NER training data (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub tagger: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnnotateInput {
    Text,
    Conllu,
    Iob2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnnotateOutput {
    Conllu,
    Json,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Input file, or - for stdin.
    pub input_file: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    pub input: AnnotateInput,
    #[arg(long, value_enum, default_value = "conllu")]
    pub output: AnnotateOutput,
    /// Use the models in this directory instead of the bundled ones.
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
    /// Compare with the input's gold annotation and print scores (with --input text the
    /// input is a gold CoNLL-U file and tokenization and sentence splitting are scored).
    #[arg(long)]
    pub score: bool,
}
