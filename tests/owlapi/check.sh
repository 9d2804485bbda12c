#!/usr/bin/env bash
# Protégé-readiness check: loads each Turtle file with the OWL API (Debian's
# libowlapi-java) and fails on a non-Turtle parse, unparsed triples or any OWL 2 DL
# profile violation. See ProtegeCheck.java.
#
# Usage: tests/owlapi/check.sh FILE.ttl [FILE.ttl ...]
# Exit:  0 all files pass; 1 a file fails; 2 java/javac or the OWL API jars are missing
#        (install with: apt-get install default-jdk-headless libowlapi-java).
# Env:   OWLAPI_JAVA_DIR  where the jars are (default /usr/share/java)
#        FACTGRAPH_OWLAPI_CLASSES  where the harness is compiled (default target/owlapi-classes)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="$here/ProtegeCheck.java"
jars="${OWLAPI_JAVA_DIR:-/usr/share/java}"
classes="${FACTGRAPH_OWLAPI_CLASSES:-$root/target/owlapi-classes}"

if [ "$#" -eq 0 ]; then
    echo "usage: $0 FILE.ttl [FILE.ttl ...]" >&2
    exit 2
fi

for tool in java javac; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "owlapi check: '$tool' not found; install a JDK (apt-get install default-jdk-headless)" >&2
        exit 2
    fi
done

# An explicit classpath: "$jars/*" also works but drags in six SLF4J bindings (noisy
# warnings) and unrelated jars. owlapi-distribution bundles api, impl, parsers and
# apibinding; the rest are its runtime dependencies in Debian (libowlapi-java Depends).
# rdf4j is needed because the parser factories registered by the distribution jar include
# the Rio ones; xz because the Turtle parser opens every input through a compression probe.
required=(owlapi-distribution guava caffeine hppcrt commons-io commons-rdf-api
          atinject-jsr330-api slf4j-api jsr305 xz rdf4j-model rdf4j-model-api rdf4j-rio-api
          rdf4j-util)
optional=(slf4j-nop commons-codec rdf4j-model-vocabulary rdf4j-rio-datatypes
          rdf4j-rio-languages rdf4j-rio-turtle rdf4j-rio-trig rdf4j-rio-ntriples
          rdf4j-rio-nquads rdf4j-rio-rdfxml rdf4j-rio-n3 rdf4j-rio-jsonld rdf4j-rio-rdfjson
          rdf4j-rio-binary rdf4j-rio-trix rdf4j-rio-hdt rdf4j-query jsonld-java
          jackson-core jackson-databind jackson-annotations httpclient httpcore
          commons-logging)
cp=""
missing=()
for j in "${required[@]}"; do
    if [ -f "$jars/$j.jar" ]; then cp="$cp${cp:+:}$jars/$j.jar"; else missing+=("$j.jar"); fi
done
if [ "${#missing[@]}" -ne 0 ]; then
    echo "owlapi check: missing jars in $jars: ${missing[*]}; install libowlapi-java (apt-get install libowlapi-java)" >&2
    exit 2
fi
for j in "${optional[@]}"; do
    if [ -f "$jars/$j.jar" ]; then cp="$cp:$jars/$j.jar"; fi
done

# Compile only when the class file is missing or older than the source.
if [ ! -f "$classes/ProtegeCheck.class" ] || [ "$src" -nt "$classes/ProtegeCheck.class" ]; then
    mkdir -p "$classes"
    tmp="$(mktemp -d "${classes%/}.tmp.XXXXXX")"
    if ! javac -nowarn -encoding UTF-8 -cp "$cp" -d "$tmp" "$src"; then
        rm -rf "$tmp"
        echo "owlapi check: javac failed on $src" >&2
        exit 1
    fi
    # Move into place atomically enough for parallel test runs.
    mv -f "$tmp/ProtegeCheck.class" "$classes/ProtegeCheck.class"
    rm -rf "$tmp"
fi

exec java -cp "$cp:$classes" ProtegeCheck "$@"
