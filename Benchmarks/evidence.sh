#!/usr/bin/env bash
# Benchmarks the evidence registry against the tools an LPSE would otherwise use, in one run:
#   (a) a cold `patuh bukti scan` (no registry yet) of 20,000 files (about 2 GB, mixed sizes)
#       against `find -type f -print0 | xargs -0 sha256sum` on the same tree;   goal ratio <= 0.8
#   (b) a warm rescan of 100,000 unchanged small files against `git status` on the same tree
#       after `git add -A`;                                                       goal ratio <= 1.5
#   (c) the peak memory (max RSS) of both scans;                                 goal < 150 MB
# Both trees are generated under a scratch folder (default: a new folder in $TMPDIR) and removed
# at the end. Page caches are warmed first, so (a) compares hashing, not the disk.
# Usage: Benchmarks/evidence.sh [LARGE_FILES] [SMALL_FILES]   (defaults 20000 100000; on demand, not CI)
set -euo pipefail
cd "$(dirname "$0")/.."
large=${1:-20000}
small=${2:-100000}
command -v /usr/bin/time >/dev/null || { echo "GNU time is missing: apt-get install time" >&2; exit 2; }
command -v git >/dev/null || { echo "git is missing" >&2; exit 2; }

# The shipped build, with exactly the shipped flags: scripts/release-build.sh (a static executable).
patuh=$(scripts/release-build.sh --quiet)
standards=$PWD/Standards
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patuh-bench-XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Generates COUNT files under ROOT/Evidence/<standard>/<control>/, named by the convention.
# MODE large: mixed sizes averaging ~110 KiB (70% 4-64 KiB, 25% 64-256 KiB, 5% 0.5-1.5 MiB);
# MODE small: 1-4 KiB.
generate() {
  python3 - "$1" "$2" "$3" <<'PY'
import os, random, sys
root, count, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(17)
folders = []
for s in range(1, 18):
    for c in range(1, 5):
        folders.append(f"{root}/Evidence/S{s:02d}/S{s:02d}.{c}")
for f in folders:
    os.makedirs(f, exist_ok=True)
block = os.urandom(4 << 20)
total = 0
for i in range(count):
    if mode == "small":
        size = rng.randint(1024, 4096)
    else:
        r = rng.random()
        size = rng.randint(4 << 10, 64 << 10) if r < 0.70 else rng.randint(64 << 10, 256 << 10) if r < 0.95 else rng.randint(512 << 10, 3 << 19)
    start = rng.randint(0, len(block) - size)
    folder = folders[i % len(folders)]
    with open(f"{folder}/rekaman-bench-{i:06d}_2026-11-{1 + i % 28:02d}.bin", "wb") as out:
        out.write(block[start:start + size])
    total += size
print(f"{count} files, {total / (1 << 30):.2f} GiB")
PY
}

# Prints "SECONDS MAXRSS_KIB" for a command (GNU time), discarding its output.
measure() {
  /usr/bin/time -f "%e %M" -o "$scratch/time.txt" "$@" >/dev/null 2>&1
  cat "$scratch/time.txt"
}

echo "patuh: $patuh"
echo "cores: $(nproc)"
echo "tree A (cold scan): $(generate "$scratch/a" "$large" large)"
echo "tree B (warm rescan): $(generate "$scratch/b" "$small" small)"
sleep 2   # let every file age past the racily-clean window (1 s)

# (a) cold scan against sha256sum, caches warmed by a first read of the whole tree.
find "$scratch/a/Evidence" -type f -print0 | xargs -0 cat >/dev/null
read -r sha_s sha_kb < <(measure bash -c "find '$scratch/a/Evidence' -type f -print0 | xargs -0 sha256sum")
read -r cold_s cold_kb < <(measure "$patuh" bukti scan "$scratch/a" --standards "$standards")
files_a=$("$patuh" bukti scan "$scratch/a" --standards "$standards" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["files"])')

# (b) warm rescan of unchanged files against git status after git add -A.
"$patuh" bukti scan "$scratch/b" --standards "$standards" >/dev/null
git -C "$scratch/b" init -q
git -C "$scratch/b" add -A
git -C "$scratch/b" status --porcelain >/dev/null   # refresh the index once, as a user's first status would
read -r git_s git_kb < <(measure git -C "$scratch/b" status --porcelain)
read -r warm_s warm_kb < <(measure "$patuh" bukti scan "$scratch/b" --standards "$standards")
hashed_b=$("$patuh" bukti scan "$scratch/b" --standards "$standards" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["hashed"])')

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
mb() { python3 -c "print(f'{$1 / 1024:.1f}')"; }
echo
echo "(a) cold scan, $files_a files: patuh ${cold_s}s, find|xargs sha256sum ${sha_s}s, ratio $(ratio "$cold_s" "$sha_s") (goal <= 0.8)"
echo "(b) warm rescan, $small files ($hashed_b rehashed): patuh ${warm_s}s, git status ${git_s}s, ratio $(ratio "$warm_s" "$git_s") (goal <= 1.5)"
echo "(c) peak memory: cold scan $(mb "$cold_kb") MB, warm rescan $(mb "$warm_kb") MB (goal < 150 MB)"
