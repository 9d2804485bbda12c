#!/usr/bin/env bash
# Measures `factgraph wikidata import` speed: generates a dump of N entities (default
# 200,000) in the official format (a JSON array, one entity per line, gzip-compressed, with
# labels, aliases, descriptions in several languages, claims and sitelinks), imports it,
# and prints entities per second and the ratio to plain `zcat FILE | wc -l` on the same file.
#
# Usage: bash scripts/bench-import.sh [N]     (uses target/release/factgraph if built,
#        else target/debug/factgraph, which is slower; say which it used)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-200000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin=target/release/factgraph
if [ ! -x "$bin" ]; then
    bin=target/debug/factgraph
    [ -x "$bin" ] || cargo build -q
    echo "note: no release build; timing the dev build ($bin)"
fi

dump="$work/dump.json.gz"
python3 - "$n" <<'PY' | gzip -1 > "$dump"
import json, random, sys
n = int(sys.argv[1]); rnd = random.Random(42)
langs = ["en", "de", "fr", "ru", "kk", "es"]
words = ["North", "Lake", "River", "Saint", "New", "Port", "Upper", "Central", "Ak", "Kara", "Alma", "Bay"]
def snak(p, q):
    return {"mainsnak": {"snaktype": "value", "property": p, "datavalue": {"value": {"entity-type": "item", "numeric-id": q, "id": f"Q{q}"}, "type": "wikibase-entityid"}, "datatype": "wikibase-item"}, "type": "statement", "rank": "normal", "id": f"Q$x"}
print("[")
for i in range(1, n + 1):
    name = " ".join(rnd.choice(words) for _ in range(2)) + f" {i % 5000}"
    e = {"type": "item", "id": f"Q{i}",
         "labels": {l: {"language": l, "value": name} for l in langs},
         "descriptions": {l: {"language": l, "value": f"generated item {i}"} for l in langs[:3]},
         "aliases": {"en": [{"language": "en", "value": name.upper()}]},
         "claims": {"P31": [snak("P31", rnd.choice([5, 515, 43229, 6256]))], "P17": [snak("P17", 232)],
                    "P1082": [{"mainsnak": {"snaktype": "value", "property": "P1082", "datavalue": {"value": {"amount": "+1000", "unit": "1"}, "type": "quantity"}}, "rank": "normal"}]},
         "sitelinks": {f"{l}wiki": {"site": f"{l}wiki", "title": name, "badges": []} for l in langs[: rnd.randint(0, 6)]}}
    print(json.dumps(e, separators=(",", ":")) + ("," if i < n else ""))
print("]")
PY
echo "dump: $n entities, $(du -h "$dump" | cut -f1) compressed"

t0=$(date +%s.%N); zcat "$dump" | wc -l > /dev/null; t1=$(date +%s.%N)
"$bin" -q wikidata import "$dump" -o "$work/index"; t2=$(date +%s.%N)
python3 - "$n" "$t0" "$t1" "$t2" <<'PY'
import sys
n, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:])
z, imp = t1 - t0, t2 - t1
print(f"zcat | wc -l: {z:.2f}s; import: {imp:.2f}s = {n / imp:,.0f} entities/s; ratio import/zcat = {imp / z:.1f}")
PY
