#!/usr/bin/env bash
# Load on `patuh server` (SQLite store): a generated portfolio of LPSES LPSEs x YEARS years (a
# pengajuan and a hasil per year, 17 marks each: 700 x 3 gives 4,200 submissions and 71,400 marks),
# written straight into portfolio.sqlite by python3's sqlite3 (the store's schema), then `wrk` at
# 64 connections on the portfolio page, Tenggat and an LPSE page; prints throughput, p50/p99 and
# the server's resident memory. Goals (issue 15): portfolio p99 < 50 ms and >= 500 requests/s,
# memory < 300 MB.
# Not covered yet: the PostgreSQL store (run it with PATUH_DATABASE_URL=postgres://... and a
# generator for that schema) and the case log (2,000 cases / 30,000 events through the pembinaan
# use cases; each append folds the whole log, so generating them that way is quadratic).
# Usage: Benchmarks/server.sh [LPSES] [YEARS]   (defaults 700 3; on demand, not CI)
# PATUH=path/to/patuh uses that binary instead of the shipped build (scripts/release-build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
lpses=${1:-700}
years=${2:-3}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }
if [ -n "${PATUH:-}" ]; then
  patuh=$PATUH
else
  log=$(mktemp)
  patuh=$(scripts/release-build.sh 2>"$log") || { cat "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patuh-server-bench-XXXXXX")
data=$scratch/data
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
export PATUH_NOW=2026-11-25T09:00:00+07:00 PATUH_BCRYPT_COST=4
printf 'kata-sandi-bench\n' | "$patuh" server pengguna tambah bench --peran asesor --data "$data" >/dev/null

python3 - "$data/portfolio.sqlite" "$lpses" "$years" <<'PY'
import hashlib, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); lpses = int(sys.argv[2]); years = int(sys.argv[3])
random.seed(15)
provinces = ["Aceh", "Bali", "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Papua", "Riau", "Sulawesi Selatan"]
kinds = ["kabupaten", "kota", "provinsi", "kementerian", "lembaga"]
for i in range(lpses):
    lpse = f"lpse-{i:04d}"
    db.execute("INSERT INTO lpse VALUES (?,?,?,?,?,?)", (lpse, f"LPSE {i}", f"Pemerintah {i}", "WIB",
               random.choice(provinces), random.choice(kinds)))
    for year in range(years):
        for n, kind in enumerate(["pengajuan", "hasil"]):
            met = random.randint(8, 17)
            day = f"{2024 + year}-0{n + 3}-01"
            cur = db.execute(
                "INSERT INTO submission (lpse_id, kind, paket_sha256, received_at, uploader, created_at, verification, signer,"
                " catalog_version, assessment_date, terpenuhi, standard_count, eligible) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (lpse, kind, hashlib.sha256(f"{lpse}/{year}/{n}".encode()).hexdigest(), day + "T02:00:00Z", "bench",
                 day + "T01:00:00Z", "ok", "SHA256:bench", "2026.1", day, met, 17, int(met == 17)))
            for s in range(1, 18):
                db.execute("INSERT INTO submission_mark VALUES (?,?,?,?)",
                           (cur.lastrowid, f"S{s:02d}", round(random.uniform(50, 100), 1), int(s <= met)))
db.commit()
PY

"$patuh" server --alamat 127.0.0.1:0 --data "$data" >"$scratch/out" 2>"$scratch/err" &
server_pid=$!
for _ in $(seq 100); do grep -q "http://" "$scratch/out" 2>/dev/null && break; sleep 0.1; done
site=$(grep -o 'http://127.0.0.1:[0-9]*' "$scratch/out")
jar=$scratch/cookies
token=$(curl -s -c "$jar" "$site/masuk" | grep -o 'name="_csrf" value="[0-9a-f]\{64\}' | cut -d'"' -f4)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$token&nama=bench&sandi=kata-sandi-bench" "$site/masuk"
session=$(awk '/patuh_sesi/ {print $7}' "$jar")
echo "server.sh: $lpses LPSEs x $years years, SQLite, $(basename "$patuh") at $site"
for page in /portofolio /tenggat /lpse/lpse-0001; do
  result=$(wrk -t2 -c64 -d15s --timeout 30s --latency -H "Cookie: patuh_sesi=$session" "$site$page")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  printf '%-16s %10s req/s   p50 %10s   p99 %10s\n' "$page" "$rps" "$p50" "$p99"
  sleep 5   # let a slow page's queue drain before the next
done
echo "server memory (RSS): $(( $(ps -o rss= -p "$server_pid") / 1024 )) MB"
