#!/usr/bin/env bash
# Scores 1,000 synthetic full assessments (17 standards, 68 controls each) in one process with a
# release build of patuh, and prints the total time. Goal: under 1 second.
#
# Each assessment is scored completely: the policy's model (every standard, the determination,
# the overall count), the four XCCDF 1.2 models, and the claims-without-evidence check. A second
# run starts each assessment from an answer file on disk (parse, XSD validation, loader checks).
#
# Usage: Benchmarks/penilaian.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"

swift build -c release --product patuh >/dev/null
bin="$(swift build -c release --show-bin-path)/patuh"

echo "== scoring only"
"$bin" penilaian benchmark . --count "$count"
echo "== from answer files (parse + XSD + checks + scoring)"
"$bin" penilaian benchmark . --count "$count" --from-xml
