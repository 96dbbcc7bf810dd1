#!/usr/bin/env bash
# The search index is replaced whole or not at all: a Pagefind that fails half way (here a stand-in
# that writes part of a bundle and exits 3) leaves the previous index exactly as it was, and no
# leftover folder; a Pagefind that succeeds replaces it. Usage: search_swap.sh GONGKAI CONTENT
set -euo pipefail
gongkai=$1 content=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "search_swap: $*" >&2; exit 1; }

# A first index from the real Pagefind (installed by `make search-deps`).
"$gongkai" build --content "$content" --output "$work/site" > "$work/first.log" 2>&1 || true
grep -q "Pagefind index written" "$work/first.log" || fail "no first index: $(tail -2 "$work/first.log")"
before=$(cd "$work/site/pagefind" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)

mkdir "$work/bin"
cat > "$work/bin/pagefind_extended" <<'FAKE'
#!/bin/sh
[ "$1" = "--version" ] && { echo stand-in; exit 0; }
while [ $# -gt 0 ]; do
  case $1 in --site) site=$2 ;; --output-path) out=$2 ;; --output-subdir) out=$site/$2 ;; esac; shift
done
mkdir -p "$out/fragment" && echo half > "$out/pagefind.js" && echo half > "$out/fragment/x.pf_fragment"
echo "stand-in failure" >&2; exit 3
FAKE
chmod +x "$work/bin/pagefind_extended"
PATH="$work/bin:$PATH" "$gongkai" build --content "$content" --output "$work/site" --force > "$work/failed.log" 2>&1 || true
grep -q "Pagefind 失败（退出码 3）" "$work/failed.log" || fail "the failure was not reported: $(tail -2 "$work/failed.log")"
after=$(cd "$work/site/pagefind" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)
[ "$before" = "$after" ] || fail "a failed Pagefind changed the previous index"
[ ! -e "$work/site/.pagefind-next" ] && [ ! -e "$work/site/.pagefind-previous" ] || fail "leftover folder after a failed Pagefind"

# A successful run replaces the index and leaves nothing beside it.
"$gongkai" build --content "$content" --output "$work/site" --force > "$work/again.log" 2>&1 || true
grep -q "Pagefind index written" "$work/again.log" || fail "no second index"
[ -f "$work/site/pagefind/pagefind.js" ] && ! grep -qx half "$work/site/pagefind/pagefind.js" || fail "the new index is not in place"
[ ! -e "$work/site/.pagefind-next" ] && [ ! -e "$work/site/.pagefind-previous" ] || fail "leftover folder after Pagefind"
echo "search_swap: a failed Pagefind keeps the previous index whole; a finished one replaces it"
