#!/usr/bin/env bash
# Validates the whole catalog with `patuh standar validate` and with `xmllint --noout --schema`
# on the same files, several runs each, and prints both medians and the ratio patuh/xmllint.
# Goal: ratio <= 1.0, and the whole catalog in well under 100 ms.
# Usage: Benchmarks/catalog.sh [RUNS]   (run on demand; not part of CI)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}

command -v xmllint >/dev/null || { echo "xmllint is missing: apt-get install libxml2-utils" >&2; exit 2; }
# The shipped build, with exactly the shipped flags: scripts/release-build.sh (a static executable).
log=$(mktemp)
patuh=$(scripts/release-build.sh 2>"$log") || { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
files=(Standards/catalog.xml Standards/S*.xml)
# The sources every basis cites have their own schema; patuh validates them in the same run.
xmllint_all() {
  xmllint --noout --nonet --schema Standards/schema/standar.xsd "${files[@]}" &&
    xmllint --noout --nonet --schema Standards/schema/sumber.xsd Standards/sumber.xml
}

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(now_ns); "$@" >/dev/null 2>&1; end=$(now_ns)
    echo $(( (end - start) / 1000 ))
  done
}

# Both must agree that the catalog is valid before their speed means anything.
"$patuh" standar validate Standards >/dev/null
xmllint_all 2>/dev/null

# Warm the page cache, then measure, interleaving nothing else.
time_runs "$patuh" standar validate Standards >/dev/null
p=$(time_runs "$patuh" standar validate Standards | median)
x=$(time_runs xmllint_all | median)

echo "files:   $(( ${#files[@]} + 1 )) (catalog.xml, 17 standards, sumber.xml), $runs runs each"
printf 'patuh:   median %6.1f ms  (parse, XSD, model, cross-file checks)\n' "$(echo "$p/1000" | bc -l)"
printf 'xmllint: median %6.1f ms  (parse and XSD only)\n' "$(echo "$x/1000" | bc -l)"
printf 'ratio patuh/xmllint: %.2f (goal <= 1.00)\n' "$(echo "$p/$x" | bc -l)"
