#!/usr/bin/env bash
# Scores 1,000 synthetic full assessments (17 standards, 68 controls each) in one process with a
# the shipped build of patuh, and prints the total time. Goal: under 1 second.
#
# Each assessment is scored completely: the policy's model (every standard, the determination,
# the overall count), the four XCCDF 1.2 models, and the claims-without-evidence check. A second
# run starts each assessment from an answer file on disk (parse, XSD validation, loader checks).
#
# Usage: Benchmarks/penilaian.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"

# The shipped build, with exactly the shipped flags: scripts/release-build.sh (a static executable).
bin=$(scripts/release-build.sh --quiet)

echo "== scoring only"
bench=$(PATUH_PRODUCT=patuh-bench scripts/release-build.sh --quiet)
"$bench" . --count "$count"
echo "== from answer files (parse + XSD + checks + scoring)"
"$bench" . --count "$count" --from-xml
