#!/usr/bin/env bash
# Validates catalogs with `patuh standar validate` and with `xmllint --noout --schema` on the same
# files, in the same run, and prints both medians and the ratio patuh/xmllint for two sizes:
#   1. the shipped catalog (catalog.xml, 17 standards, sumber.xml: 19 files);  goal ratio <= 1.5
#   2. 100 copies of it (1,900 files: 1,700 standard files), as 100 catalogs checked in one run;
#      goal ratio <= 1.0 (patuh may use both cores, xmllint uses one).
# patuh does more than xmllint: the model, and the cross-file checks no schema can say.
# Usage: Benchmarks/catalog.sh [RUNS] [COPIES]   (run on demand; not part of CI)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
copies=${2:-100}

command -v xmllint >/dev/null || { echo "xmllint is missing: apt-get install libxml2-utils" >&2; exit 2; }
# The shipped build, with exactly the shipped flags: scripts/release-build.sh (a static executable).
patuh=$(scripts/release-build.sh --quiet)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folders=()
for i in $(seq -w 1 "$copies"); do
  cp -r Standards "$work/katalog-$i"
  folders+=("$work/katalog-$i")
done

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(now_ns); "$@" >/dev/null 2>&1; end=$(now_ns)
    echo $(( (end - start) / 1000 ))
  done
}

# xmllint on the same files as patuh: every catalog's catalog.xml and standards, and its sources.
xmllint_on() {
  local standards=() sources=()
  for folder in "$@"; do
    standards+=("$folder/catalog.xml" "$folder"/S*.xml)
    sources+=("$folder/sumber.xml")
  done
  xmllint --noout --nonet --schema "$1/schema/standar.xsd" "${standards[@]}" &&
    xmllint --noout --nonet --schema "$1/schema/sumber.xsd" "${sources[@]}"
}

measure() {
  local label=$1 goal=$2; shift 2
  # Both must agree that the catalogs are valid before their speed means anything.
  "$patuh" standar validate "$@" >/dev/null
  xmllint_on "$@" 2>/dev/null
  time_runs "$patuh" standar validate "$@" >/dev/null   # warm the page cache
  local p x
  p=$(time_runs "$patuh" standar validate "$@" | median)
  x=$(time_runs xmllint_on "$@" | median)
  local files=$(( $# * 19 ))
  echo "== $label: $# catalog(s), $files files, $runs runs each"
  printf '   patuh:   median %8.1f ms  (parse, XSD, model, cross-file checks)\n' "$(echo "$p/1000" | bc -l)"
  printf '   xmllint: median %8.1f ms  (parse and XSD only)\n' "$(echo "$x/1000" | bc -l)"
  printf '   ratio patuh/xmllint: %.2f (goal <= %s)\n' "$(echo "$p/$x" | bc -l)" "$goal"
}

measure "shipped catalog" 1.5 "${folders[0]}"
measure "$copies catalogs" 1.0 "${folders[@]}"
