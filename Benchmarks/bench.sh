#!/usr/bin/env bash
# make bench: a synthetic corpus of BENCH_REPORTS reports (default 10,000), then
#   - a full Gongkai build into an empty folder, a no-op rebuild, a rebuild after editing one report,
#   - the time `cp -r` takes to copy the finished site (the floor that writing files costs),
#   - the time from saving an edited report to the page served by `gongkai serve`,
#   - a Hugo build of the same corpus as Markdown pages with the same taxonomies,
# each with wall time and peak memory, and prints a table. Never run as a test.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${BENCH_REPORTS:-10000}
work=${BENCH_DIR:-.build/bench}

if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo >/dev/null
fi
swift build -c release --product gongkai >/dev/null
swift build -c release --product gongkai-bench >/dev/null
gongkai=$PWD/.build/release/gongkai

rm -rf "$work" && mkdir -p "$work"
.build/release/gongkai-bench generate "$reports" "$work/content" "$work/hugo"
content_mb=$(du -sm "$work/content" | cut -f1)

# run NAME COMMAND...: wall seconds and peak RSS (MB) of a command, into $wall and $rss.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  read -r wall rss_kb < "$work/$name.time"
  rss=$((rss_kb / 1024))
}

run full "$gongkai" build --content "$work/content" --output "$work/site" --timings --force
full_wall=$wall; full_rss=$rss
pages=$(find "$work/site" -name '*.html' | wc -l)
files=$(find "$work/site" -type f | wc -l)
site_mb=$(du -sm "$work/site" | cut -f1)

before=$(find "$work/site" -type f -newer "$work/site/.gongkai-site" | wc -l)
run noop "$gongkai" build --content "$work/content" --output "$work/site" --timings
noop_wall=$wall; noop_rss=$rss
noop_written=$(find "$work/site" -type f -newer "$work/full.time" | wc -l)

edited=$(find "$work/content" -name '2022.txt' | sort | sed -n 1p)
.build/release/gongkai-bench edit "$edited"
run edit "$gongkai" build --content "$work/content" --output "$work/site" --timings
edit_wall=$wall; edit_rss=$rss
edit_written=$(grep -o '[0-9]* written' "$work/edit.log" | tail -1 | cut -d' ' -f1)

# The boilerplate checks' (B1, B2) own time inside the full build above, measured in the same run
# (the build's checks phase reports it), so a machine loaded by other work slows both alike.
boilerplate_ms=$(grep -o 'boilerplate B1+B2 [0-9]* ms' "$work/full.log" | tail -1 | cut -d' ' -f3)
boilerplate_s=$(python3 -c "print(${boilerplate_ms:-0} / 1000)")

rm -rf "$work/copy"
run copy cp -r "$work/site" "$work/copy"
copy_wall=$wall
rm -rf "$work/copy"

serve_ms=$(python3 Benchmarks/serve_latency.py "$gongkai" "$work" "$edited")

rm -rf "$work/hugo-public"
run hugo hugo --source "$work/hugo" --destination "$PWD/$work/hugo-public" --quiet
hugo_wall=$wall; hugo_rss=$rss
hugo_pages=$(find "$work/hugo-public" -name '*.html' | wc -l)

python3 - "$reports" "$content_mb" "$pages" "$files" "$site_mb" "$full_wall" "$full_rss" "$noop_wall" "$noop_rss" "$noop_written" \
  "$edit_wall" "$edit_rss" "$edit_written" "$copy_wall" "$serve_ms" "$hugo_wall" "$hugo_rss" "$hugo_pages" "$before" "$boilerplate_s" <<'PY'
import sys
(reports, content_mb, pages, files, site_mb, full, full_rss, noop, noop_rss, noop_written, edit, edit_rss, edit_written,
 copy, serve_ms, hugo, hugo_rss, hugo_pages, _, boilerplate) = sys.argv[1:]
boilerplate = float(boilerplate)
reports, pages, files, hugo_pages = int(reports), int(pages), int(files), int(hugo_pages)
full, noop, edit, copy, hugo = map(float, (full, noop, edit, copy, hugo))
gk_rate = pages / full if full else 0
hugo_rate = hugo_pages / hugo if hugo else 0
rows = [
    ("corpus", f"{reports} reports, {content_mb} MB of text"),
    ("site", f"{pages} pages, {files} files, {site_mb} MB"),
    ("full build (empty folder)", f"{full:.2f} s, peak {full_rss} MB, {gk_rate:.0f} pages/s"),
    ("boilerplate checks B1+B2 (inside the full build)", f"{boilerplate:.2f} s of {full:.2f} s = {100 * boilerplate / full if full else 0:.1f} % of the build, {100 * boilerplate / (full - boilerplate) if full > boilerplate else 0:.1f} % added to the rest (target < 10 %)"),
    ("copy floor (cp -r site)", f"{copy:.2f} s   → full build = {full / copy if copy else 0:.1f}× the copy floor"),
    ("no-op rebuild", f"{noop:.2f} s, peak {noop_rss} MB, {noop_written} files rewritten"),
    ("rebuild after editing one report", f"{edit:.2f} s, peak {edit_rss} MB, {edit_written} files written"),
    ("serve: save → edited page served", f"{serve_ms} ms"),
    ("Hugo (same corpus, same taxonomies)", f"{hugo:.2f} s, peak {hugo_rss} MB, {hugo_pages} pages, {hugo_rate:.0f} pages/s"),
    ("Gongkai pages/s ÷ Hugo pages/s", f"{gk_rate / hugo_rate if hugo_rate else 0:.2f}"),
]
width = max(len(r[0]) for r in rows)
print()
print("| measure".ljust(width + 2) + " | value |")
print("|" + "-" * (width + 2) + "|-------|")
for name, value in rows:
    print(f"| {name.ljust(width)} | {value} |")
PY
