#!/usr/bin/env python3
"""How often each extraction rule is right, measured on gold articles: a developer's lens for
finding weak rules (the forty-fourth session's precision work was found with it).

It reads the output of `examples/extract` over a JSONL of gold articles and counts, for one
predicate, the facts each rule produced that the gold article states (right) or does not
(wrong), matched as `factgraph eval` matches: labels lower-cased, punctuation and a leading
"the" removed, an event end also matched when one label contains the other as whole words;
`date` and `position` compare values.

    # tests/probes gives its read articles only (batches.tsv): unread ones are never read in detail
    python3 scripts/rule-precision.py --jsonl tests/probes > /tmp/read.jsonl
    cargo build --example extract
    target/debug/examples/extract /tmp/read.jsonl > /tmp/read.extract.txt
    python3 scripts/rule-precision.py /tmp/read.extract.txt tests/probes participant [--by-evidence] [--show KEY]

With --by-evidence, counts are kept per (rule, first word of the evidence, kind of object);
--show prints the facts of one key ("rule" or "rule|word|Kind"); SUBJ=REGEX in the environment
keeps only facts whose subject label matches.
"""
import collections
import json
import os
import re
import string
import sys

PUNCT = string.punctuation.replace("-", "") + "“”‘’"


def norm(s):
    s = "".join(c for c in s.lower() if c not in PUNCT)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def to_jsonl(paths):
    """The articles of `paths` as JSONL; of a directory with a batches.tsv (tests/probes), only
    those it marks "read"."""
    files = []
    for p in paths:
        if not os.path.isdir(p):
            files.append(p)
            continue
        batches = os.path.join(p, "batches.tsv")
        if os.path.exists(batches):
            rows = [line.rstrip("\n").split("\t") for line in open(batches) if not line.startswith("#")]
            files += sorted(os.path.join(p, r[0]) for r in rows if len(r) == 3 and r[2] == "read")
        else:
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".json"))
    for f in files:
        d = json.load(open(f))
        print(json.dumps({"id": d["id"], "text": d["text"], "published": d.get("published")}))


def read_extract(path):
    docs, cur = {}, None
    for line in open(path):
        m = re.match(r"^== (\S+)", line)
        if m:
            cur = m.group(1)
            docs[cur] = {"E": {}, "F": []}
            continue
        m = re.match(r'^E\d+\s+(\w+)/(\S+) "(.*?)" alt=\[(.*?)\]', line)
        if m and cur:
            docs[cur]["E"][m.group(3)] = (m.group(1), [m.group(3)] + re.findall(r'"(.*?)"', m.group(4)))
            continue
        m = re.match(r'^  (.*?) (\w+) "(.*?)"   \[(\S+) [\d.]+\] «(.*)»', line)
        if m and cur:
            docs[cur]["F"].append(m.groups())
    return docs


def matches(labels, entity):
    names = {norm(n) for n in [entity["name"]] + entity.get("aliases", [])}
    if any(x in names for x in labels):
        return True
    if entity["type"] == "Event":
        return any(x and n and (re.search(r"\b" + re.escape(x) + r"\b", n) or re.search(r"\b" + re.escape(n) + r"\b", x)) for x in labels for n in names)
    return False


def main():
    args = sys.argv[1:]
    if args and args[0] == "--jsonl":
        return to_jsonl(args[1:])
    by_evidence = "--by-evidence" in args
    show = args[args.index("--show") + 1] if "--show" in args else None
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--show")]
    if len(positional) != 3:
        sys.exit(__doc__)
    extract_out, gold_dir, pred = positional
    subject_filter = os.environ.get("SUBJ")
    stats = collections.defaultdict(lambda: [0, 0])
    examples = collections.defaultdict(list)
    for doc, d in read_extract(extract_out).items():
        gold = json.load(open(os.path.join(gold_dir, doc + ".json")))
        by_id = {e["id"]: e for e in gold["entities"]}
        stated = [(by_id[r["subject"]], by_id.get(r.get("object")), r.get("value")) for r in gold["relations"] if r["predicate"] == pred]
        for s, p, o, rule, evidence in d["F"]:
            if p != pred or (subject_filter and not re.search(subject_filter, s)):
                continue
            subject = [norm(x) for x in d["E"].get(s, (None, [s]))[1]]
            kind, objects = d["E"].get(o, ("?", [o]))
            objects = [norm(x) for x in objects]
            if pred in ("date", "position"):
                right = any(matches(subject, gs) and v is not None and norm(v) == norm(o) for gs, _, v in stated)
            else:
                right = any(matches(subject, gs) and go is not None and matches(objects, go) for gs, go, _ in stated)
            key = "|".join([rule, evidence.split()[0].lower() if evidence else "", kind]) if by_evidence else rule
            stats[key][0 if right else 1] += 1
            examples[key].append(("right" if right else "WRONG") + f"  {doc} | {s} | {o} | {evidence}")
    print("right wrong  key")
    for key, (r, w) in sorted(stats.items(), key=lambda kv: -sum(kv[1])):
        print(f"{r:5d} {w:5d}  {key}")
    for e in examples.get(show, []):
        print(e)


if __name__ == "__main__":
    main()
