#!/usr/bin/env bash
# Fuzzes every parser that takes user input with libFuzzer, on demand (not in CI).
#
#   Benchmarks/fuzz.sh [MINUTES] [TARGET ...]
#
# Builds `patuh-fuzz` with -sanitize=fuzzer,address in its own build folder (.build-fuzz, so the
# ordinary build is untouched), then runs each target (all of them by default, one after the
# other) for MINUTES minutes (default 1) at the lowest priority, starting from the seeds in
# Benchmarks/fuzz-corpus/TARGET. It prints executions and crashes per target and exits 1 if
# any target crashed, hung (over 10 s on one input) or ran out of memory. Inputs found go to
# .build-fuzz/runs/TARGET/ (corpus/, crash-*, timeout-*, oom-*, fuzz.log); a crash is replayed
# by a plain build: `swift run patuh-fuzz TARGET .build-fuzz/runs/TARGET/crash-...`.
#
# The targets: standar, workspace, bukti, penilaian, pembinaan, kalender, iso8601, temuan, content,
# and one per content reader: content-csv, content-xlsx, content-docx, content-odt
# (`swift run patuh-fuzz --list` describes them).
set -euo pipefail

minutes=${1:-1}
shift || true
cd "$(dirname "$0")/.."
build=.build-fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(standar workspace bukti penilaian pembinaan kalender iso8601 temuan content content-csv content-xlsx content-docx content-odt)
fi

# lld: the system's gold fails on the sanitizer's debug information.
nice -n 19 swift build --build-path "$build" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
  --product patuh-fuzz >&2
fuzzer="$build/debug/patuh-fuzz"

failed=0
printf '%-12s %8s %14s %8s %s\n' target minutes executions crashes "corpus"
for target in "${targets[@]}"; do
  runs="$build/runs/$target"
  mkdir -p "$runs/corpus"
  rm -f "$runs"/crash-* "$runs"/timeout-* "$runs"/oom-* "$runs"/leak-*
  # Swift's runtime keeps metadata caches for the life of the process: not leaks.
  ASAN_OPTIONS=detect_leaks=0 nice -n 19 "$fuzzer" "$target" \
    -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$runs/" "$runs/corpus" "Benchmarks/fuzz-corpus/$target" >"$runs/fuzz.log" 2>&1 || true
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$runs/fuzz.log" | grep -o '[0-9]*$' || echo 0)
  crashes=$(find "$runs" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  if [ -z "$executions" ]; then executions=0; fi
  printf '%-12s %8s %14s %8s %s\n' "$target" "$minutes" "$executions" "$crashes" "$(ls "$runs/corpus" | wc -l) inputs"
  if [ "$crashes" -gt 0 ] || ! grep -q 'stat::number_of_executed_units' "$runs/fuzz.log"; then
    failed=1
    echo "  $target: see $runs/fuzz.log" >&2
  fi
done
exit $failed
