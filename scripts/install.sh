#!/bin/sh
# Installs patuh from a release archive (patuh-<version>-linux-<arch>.tar.gz), a path or a URL,
# after checking its SHA-256 against the .sha256 file beside it (ARCHIVE.sha256), or against
# --sha256 HEX. Nothing is installed when the sum does not match.
#
# Usage: install.sh [--prefix DIR] [--sha256 HEX] ARCHIVE      (default prefix: /usr/local)
#        e.g. sh install.sh --prefix "$HOME/.local" https://…/patuh-0.1.0-linux-x86_64.tar.gz
set -eu

prefix="/usr/local"
expected=""
archive=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --sha256) expected="$2"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        -*) echo "install.sh: unknown option $1" >&2; exit 64 ;;
        *) archive="$1"; shift ;;
    esac
done
[ -n "$archive" ] || { echo "install.sh: name the archive (a path or a URL)" >&2; exit 64; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT INT TERM

fetch() { # fetch SOURCE DEST
    case "$1" in
        http://*|https://*|file://*) curl -fsSL -o "$2" "$1" ;;
        *) cp "$1" "$2" ;;
    esac
}

fetch "$archive" "$work/patuh.tar.gz"
if [ -z "$expected" ]; then
    fetch "$archive.sha256" "$work/patuh.tar.gz.sha256" || {
        echo "install.sh: no $archive.sha256; give the sum with --sha256" >&2; exit 2; }
    expected="$(cut -d' ' -f1 < "$work/patuh.tar.gz.sha256")"
fi
actual="$(sha256sum "$work/patuh.tar.gz" | cut -d' ' -f1)"
if [ "$actual" != "$expected" ]; then
    echo "install.sh: SHA-256 mismatch for $archive (expected $expected, got $actual); nothing installed" >&2
    exit 1
fi

tar -C "$work" -xzf "$work/patuh.tar.gz"
binary="$(find "$work" -path '*/bin/patuh' -type f | head -n 1)"
[ -n "$binary" ] || { echo "install.sh: the archive holds no bin/patuh" >&2; exit 2; }
mkdir -p "$prefix/bin"
cp "$binary" "$prefix/bin/patuh.tmp.$$"
chmod 755 "$prefix/bin/patuh.tmp.$$"
mv "$prefix/bin/patuh.tmp.$$" "$prefix/bin/patuh"
echo "patuh installed: $prefix/bin/patuh ($("$prefix/bin/patuh" --version))"
