#!/usr/bin/env bash
# Load on `patuh server`, on the SQLite store and (when PATUH_BENCH_POSTGRES_URL is set) on the
# PostgreSQL store, with the same data:
#   - a generated portfolio of LPSES LPSEs x YEARS years (a pengajuan and a hasil per year, 17
#     marks each: 700 x 3 gives 4,200 submissions and 71,400 marks), written straight into
#     portfolio.sqlite by python3's sqlite3 (the store's schema; its trigger keeps the
#     latest-submission table), and copied into PostgreSQL with psql's \copy;
#   - CASES pembinaan cases in LKPP's case log (DATA/lkpp), 15 events each (30,000 for 2,000),
#     recorded through the pembinaan use cases by `patuh-bench kasus`, then checked with
#     `patuh pembinaan verifikasi`;
# then `wrk` at 64 connections on the portfolio page, Tenggat and an LPSE page; prints throughput,
# p50/p99, the server's resident memory after the runs, and PostgreSQL's figures against SQLite's.
# Goals (issue 15): portfolio p99 < 50 ms and >= 500 requests/s on SQLite, PostgreSQL within
# 1.5x of SQLite, memory < 300 MB.
# Usage: Benchmarks/server.sh [LPSES] [YEARS] [CASES]   (defaults 700 3 2000; on demand, not CI)
#   PATUH=path/to/patuh and PATUH_BENCH=path/to/patuh-bench use those binaries instead of the
#   shipped build (scripts/release-build.sh); DURATION=15s sets each wrk run's length;
#   PATUH_BENCH_POSTGRES_URL=postgres://user:password@127.0.0.1:5432/postgres names a server where
#   the user may create databases (a scratch database patuh_bench_PID is created and dropped);
#   PATUH_BENCH_DATA=DIR keeps the generated data folder in DIR and, when DIR already holds one,
#   uses it as it is (generating 2,000 cases takes minutes; LPSES, YEARS and CASES are then those
#   it was made with).
set -euo pipefail
cd "$(dirname "$0")/.."
lpses=${1:-700}
years=${2:-3}
cases=${3:-2000}
duration=${DURATION:-15s}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }
if [ -n "${PATUH_BENCH_POSTGRES_URL:-}" ]; then
  command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
fi
patuh=${PATUH:-$(scripts/release-build.sh --quiet)}
bench=${PATUH_BENCH:-$(PATUH_PRODUCT=patuh-bench scripts/release-build.sh --quiet)}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patuh-server-bench-XXXXXX")
data=${PATUH_BENCH_DATA:-$scratch/data}
server_pid=
pg_database=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  wait 2>/dev/null
  [ -n "$pg_database" ] && psql -q "$PATUH_BENCH_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1
  rm -rf "$scratch"
}
trap cleanup EXIT
export PATUH_NOW=2026-11-25T09:00:00+07:00 PATUH_BCRYPT_COST=4
if [ -f "$data/portfolio.sqlite" ] && [ -n "${PATUH_BENCH_DATA:-}" ]; then
  echo "using the data already in $data"
else
printf 'kata-sandi-bench\n' | "$patuh" server pengguna tambah bench --peran asesor --data "$data" >/dev/null

python3 - "$data/portfolio.sqlite" "$lpses" "$years" <<'PY'
import hashlib, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); lpses = int(sys.argv[2]); years = int(sys.argv[3])
random.seed(15)
provinces = ["Aceh", "Bali", "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Papua", "Riau", "Sulawesi Selatan"]
kinds = ["kabupaten", "kota", "provinsi", "kementerian", "lembaga"]
for i in range(lpses):
    lpse, name, instansi, province = f"lpse-{i:04d}", f"LPSE {i}", f"Pemerintah {i}", random.choice(provinces)
    db.execute("INSERT INTO lpse (id, name, instansi, zone, province, instansi_kind, sort_name, search_text) VALUES (?,?,?,?,?,?,?,?)",
               (lpse, name, instansi, "WIB", province, random.choice(kinds), name.lower(),
                " ".join([lpse, name, instansi, province]).lower()))
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

"$bench" kasus "$data/lkpp" --cases "$cases" --lpses "$lpses" --until 2026-11-25
fi
"$patuh" pembinaan verifikasi --workspace "$data/lkpp" | tail -1

# Logs in as `bench` and prints the session cookie's value.
login() {
  local site=$1 jar=$scratch/cookies token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$site/masuk" | grep -o 'name="_csrf" value="[0-9a-f]\{64\}' | cut -d'"' -f4)
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$token&nama=bench&sandi=kata-sandi-bench" "$site/masuk"
  awk '/patuh_sesi/ {print $7}' "$jar"
}

# Runs the server on store $1 (extra arguments after it), wrk on each page, and prints a line per page.
declare -A rps p99
run_store() {
  local store=$1; shift
  "$patuh" server --alamat 127.0.0.1:0 --data "$data" "$@" >"$scratch/out" 2>"$scratch/err" &
  server_pid=$!
  for _ in $(seq 100); do grep -q "http://" "$scratch/out" 2>/dev/null && break; sleep 0.1; done
  local site session result page
  site=$(grep -o 'http://127.0.0.1:[0-9]*' "$scratch/out")
  session=$(login "$site")
  echo "== $store: $lpses LPSEs x $years years, $cases cases, $(basename "$patuh") at $site"
  for page in /portofolio /tenggat /lpse/lpse-0001; do
    curl -s -o /dev/null -H "Cookie: patuh_sesi=$session" "$site$page"   # warm: the case log's first fold
    result=$(wrk -t2 -c64 -d"$duration" --timeout 30s --latency -H "Cookie: patuh_sesi=$session" "$site$page")
    rps[$store$page]=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p99[$store$page]=$(awk '$1 == "99%" {print $2}' <<<"$result")
    printf '%-16s %10s req/s   p50 %10s   p99 %10s   %s\n' "$page" "${rps[$store$page]}" \
      "$(awk '$1 == "50%" {print $2}' <<<"$result")" "${p99[$store$page]}" \
      "$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$result" || true)"
    sleep 3   # let a slow page's queue drain before the next
  done
  echo "server memory (RSS) after the runs: $(( $(ps -o rss= -p "$server_pid") / 1024 )) MB"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=
}

run_store sqlite

if [ -n "${PATUH_BENCH_POSTGRES_URL:-}" ]; then
  pg_database=patuh_bench_$$
  psql -q "$PATUH_BENCH_POSTGRES_URL" -c "CREATE DATABASE $pg_database" >/dev/null
  pg_url=$(sed "s#/[^/]*\$#/$pg_database#" <<<"$PATUH_BENCH_POSTGRES_URL")
  printf 'kata-sandi-bench\n' | "$patuh" server pengguna tambah bench --peran asesor --data "$data" --database "$pg_url" >/dev/null
  for table in lpse submission submission_mark; do
    python3 - "$data/portfolio.sqlite" "$table" >"$scratch/$table.csv" <<'PY'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); table = sys.argv[2]
columns = {"lpse": "id, name, instansi, zone, province, instansi_kind, sort_name, search_text",
           "submission": "id, lpse_id, kind, paket_sha256, received_at, uploader, created_at, verification, signer, catalog_version,"
                         " assessment_date, terpenuhi, standard_count, eligible, report_id_sha256, report_en_sha256",
           "submission_mark": "submission_id, standard_id, percent, terpenuhi"}[table]
out = csv.writer(sys.stdout)
for row in db.execute(f"SELECT {columns} FROM {table} ORDER BY rowid"):
    out.writerow(["" if v is None else v for v in row])
PY
  done
  psql -q "$pg_url" -v ON_ERROR_STOP=1 >/dev/null <<SQL
\copy lpse (id, name, instansi, zone, province, instansi_kind, sort_name, search_text) FROM '$scratch/lpse.csv' CSV
\copy submission (id, lpse_id, kind, paket_sha256, received_at, uploader, created_at, verification, signer, catalog_version, assessment_date, terpenuhi, standard_count, eligible, report_id_sha256, report_en_sha256) FROM '$scratch/submission.csv' CSV
\copy submission_mark (submission_id, standard_id, percent, terpenuhi) FROM '$scratch/submission_mark.csv' CSV
SELECT setval('submission_id_seq', (SELECT max(id) FROM submission));
ANALYZE lpse, submission, submission_mark, lpse_latest;
SQL
  run_store postgresql --database "$pg_url"
  echo "== PostgreSQL against SQLite (throughput ratio SQLite/PG, p99 PG vs SQLite)"
  for page in /portofolio /tenggat /lpse/lpse-0001; do
    python3 - "$page" "${rps[sqlite$page]}" "${rps[postgresql$page]}" "${p99[sqlite$page]}" "${p99[postgresql$page]}" <<'PY'
import sys
def ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit): return float(text[:-len(unit)]) * factor
    return float(text)
page, rs, rp, ps, pp = sys.argv[1:]
print(f"{page:16s} SQLite/PG throughput {float(rs) / float(rp):5.2f}x   p99 {ms(ps):8.2f} ms (SQLite) vs {ms(pp):8.2f} ms (PG)")
PY
  done
fi
