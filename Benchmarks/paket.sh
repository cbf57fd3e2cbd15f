#!/usr/bin/env bash
# Benchmarks the paket against the tools an LPSE and an assessor would otherwise use, in one run:
#   (a) `patuh paket buat` on a generated workspace (default 5,000 files, about 1 GB, mostly already
#       compressed types: pdf, jpg, png, xlsx) against `zip -0 -r` followed by `sha256sum` of the same
#       files;                                                                   goal ratio <= 1.0
#   (b) `patuh paket periksa` against `sha256sum -c` of the same files;          goal ratio <= 1.0
#   (c) the peak memory (max RSS) of both patuh runs;                            goal < 100 MB
# Patuh reads each byte once (hashing while it writes or reads the archive); each pair reads twice.
# Usage: Benchmarks/paket.sh [FILES] [TOTAL_MB]   (defaults 5000 1024; on demand, not CI)
# PATUH=path/to/patuh uses that binary instead of the shipped build (scripts/release-build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-5000}
total_mb=${2:-1024}
command -v /usr/bin/time >/dev/null || { echo "GNU time is missing: apt-get install time" >&2; exit 2; }
command -v zip >/dev/null || { echo "zip is missing: apt-get install zip" >&2; exit 2; }

patuh=${PATUH:-$(scripts/release-build.sh --quiet)}
standards=$PWD/Standards
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patuh-paket-bench-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
ws=$scratch/lpse
export XDG_CONFIG_HOME=$scratch/config
now=2026-11-25T09:00:00+07:00

python3 - "$ws" "$files" "$total_mb" <<'PY'
import os, random, sys
root, count, total_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(14)
os.makedirs(root, exist_ok=True)
with open(f"{root}/patuh.xml", "w") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<lpse xmlns="urn:patuh:workspace:1" id="lpse-bench">'
              '<nama>LPSE Bench</nama><instansi>Bench</instansi><zona-waktu>WIB</zona-waktu></lpse>\n')
folders = [f"{root}/Evidence/S{s:02d}/S{s:02d}.{c}" for s in range(1, 18) for c in range(1, 5)]
for f in folders:
    os.makedirs(f, exist_ok=True)
block = os.urandom(8 << 20)
mean = (total_mb << 20) // count
exts = ["pdf"] * 6 + ["jpg", "png", "xlsx", "txt"]
written = 0
for i in range(count):
    size = max(1, int(rng.uniform(0.2, 1.8) * mean))
    size = min(size, len(block))
    start = rng.randint(0, len(block) - size)
    with open(f"{folders[i % len(folders)]}/rekaman-bench-{i:06d}_2026-11-{1 + i % 24:02d}.{rng.choice(exts)}", "wb") as out:
        out.write(block[start:start + size])
    written += size
print(f"{count} files, {written / (1 << 30):.2f} GiB")
PY

# Prints "elapsed-seconds peak-KB cpu-seconds" (cpu = user + system, which a loaded shared machine
# disturbs less than the elapsed time).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$scratch/time.txt" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$scratch/time.txt"
}

echo "patuh: $patuh"
echo "cores: $(nproc)"
"$patuh" kunci buat bench "$ws" --standards "$standards" >/dev/null
"$patuh" bukti seal "$ws" --standards "$standards" --catatan bench --now "$now" >/dev/null
(cd "$ws" && find Evidence -type f | sort > "$scratch/list.txt")
cat $(sed "s|^|$ws/|" "$scratch/list.txt") >/dev/null   # warm the page cache

# (a) paket buat against zip -0 -r then sha256sum.
read -r buat_s buat_kb buat_cpu < <(measure "$patuh" paket buat "$ws" --standards "$standards" --kunci bench --now "$now" --ke "$scratch")
read -r zip_s _ zip_cpu < <(measure bash -c "cd '$ws' && zip -0 -q -r '$scratch/plain.zip' Evidence && xargs -a '$scratch/list.txt' -d '\n' sha256sum > '$scratch/sums.txt'")
paket=$scratch/paket-lpse-bench-2026-11-25.zip

# (b) paket periksa against sha256sum -c.
read -r periksa_s periksa_kb periksa_cpu < <(measure "$patuh" paket periksa "$paket" "$ws" --standards "$standards" --kunci "$XDG_CONFIG_HOME/patuh/kunci/bench.pub")
"$patuh" paket periksa "$paket" "$ws" --standards "$standards" --kunci "$XDG_CONFIG_HOME/patuh/kunci/bench.pub" >/dev/null || { echo "paket periksa failed" >&2; exit 1; }
read -r check_s _ check_cpu < <(measure bash -c "cd '$ws' && sha256sum -c --quiet '$scratch/sums.txt'")

ratio() { python3 -c "print(f'{$1 / max($2, 0.001):.2f}')"; }
mb() { python3 -c "print(f'{$1 / 1024:.1f}')"; }
echo
echo "(a) paket buat: patuh ${buat_s}s, zip -0 -r + sha256sum ${zip_s}s, ratio $(ratio "$buat_s" "$zip_s") (goal <= 1.0);" \
     "CPU ${buat_cpu}s against ${zip_cpu}s, ratio $(ratio "$buat_cpu" "$zip_cpu")"
echo "(b) paket periksa: patuh ${periksa_s}s, sha256sum -c ${check_s}s, ratio $(ratio "$periksa_s" "$check_s") (goal <= 1.0);" \
     "CPU ${periksa_cpu}s against ${check_cpu}s, ratio $(ratio "$periksa_cpu" "$check_cpu")"
echo "load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(c) peak memory: buat $(mb "$buat_kb") MB, periksa $(mb "$periksa_kb") MB (goal < 100 MB)"
