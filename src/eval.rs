//! Scoring extraction against gold articles (../shared/eval/GUIDELINES.md).
//! TODO(extraction owner): lands in a later commit.

/// Scores every `*.json` gold file under `gold_dir`; the report's Display is what
/// `factgraph eval` prints.
pub fn evaluate(gold_dir: &std::path::Path) -> anyhow::Result<String> {
    anyhow::bail!("evaluating {}: not implemented yet", gold_dir.display())
}
