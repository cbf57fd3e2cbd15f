#!/usr/bin/env bash
# Times every page of `patuh buka` (issue 17) on a copy of the sample workspace: the shipped build
# (scripts/release-build.sh), one session entered with the printed token, then REQUESTS sequential
# requests per page with curl (time_total, so connection set-up included); prints the median and
# the 95th percentile per page against the goal of 100 ms. "POST /laporan" is the main job (scan,
# score, record in the history) and is timed too, fewer times.
# Usage: Benchmarks/buka.sh [REQUESTS]   (default 50; on demand, not CI)
# PATUH=path/to/patuh uses that binary instead of the shipped build.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-50}
patuh=${PATUH:-$(scripts/release-build.sh --quiet)}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patuh-buka-bench-XXXXXX")
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
ws=$scratch/ws   # the keys (XDG_CONFIG_HOME) live outside the workspace, as KeyStore requires
mkdir "$ws" && cp -R Evidence patuh.xml Standards "$ws/"
export PATUH_NOW=2026-11-25T09:00:00+07:00 XDG_CONFIG_HOME=$scratch/config
"$patuh" kunci buat lpse-kab-contoh -C "$ws" >/dev/null
"$patuh" buka "$ws" --alamat 127.0.0.1:0 --tanpa-peramban >"$scratch/out" 2>"$scratch/err" &
pid=$!
for _ in $(seq 200); do grep -q "token=" "$scratch/out" 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://127.0.0.1:[0-9]*/?token=[0-9a-f]*' "$scratch/out")
site=${address%%/\?*}
jar=$scratch/cookies
curl -s -c "$jar" -o /dev/null "$address"
csrf=$(curl -s -b "$jar" "$site/kontrol/S12.3" | grep -o 'name="_csrf" value="[0-9a-f]\{64\}' | head -1 | cut -d'"' -f4)
echo "buka.sh: sample workspace, $(basename "$patuh") at $site, $requests requests per page (goal: < 100 ms)"
printf '%-28s %10s %10s %8s\n' page median p95 goal

measure() { # label count curl-arguments...
  local label=$1 count=$2; shift 2
  local times
  times=$(for _ in $(seq "$count"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$@"; done | sort -n)
  local median p95
  median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}' <<<"$times")
  p95=$(awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i>NR) i=NR; print a[i] * 1000}' <<<"$times")
  local verdict=ok
  awk -v p="$p95" 'BEGIN {exit !(p >= 100)}' && verdict=SLOW
  printf '%-28s %8.1f ms %7.1f ms %8s\n' "$label" "$median" "$p95" "$verdict"
}

for page in / "/?lang=en" /standar /standar/S12 /kontrol/S12.3 /kontrol/S12.3/unggah /laporan /kirim \
            /laporan/unduh/html /laporan/unduh/csv /static/patuh.css; do
  measure "GET $page" "$requests" "$site$page"
done
measure "POST /laporan (nilai)" $(( requests / 5 > 0 ? requests / 5 : 1 )) -d "_csrf=$csrf" "$site/laporan"
echo "patuh buka memory (RSS): $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
