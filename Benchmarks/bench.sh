#!/usr/bin/env bash
# make bench: a synthetic corpus of BENCH_REPORTS reports (default 10,000), then, measured side by side
# in one run (BENCH_RUNS rounds, default 3, 1 from 50,000 reports; medians reported):
#   - a full Gongkai build into an empty folder (the site, then Pagefind's search index over it),
#   - the time `cp -r` takes to copy the finished site (the floor that writing files costs),
#   - a Hugo build of the same corpus as Markdown pages with the same taxonomies,
# then a no-op rebuild, a rebuild after editing one report, and the time from saving an edited report
# to the page served by `gongkai serve` (median of 5 saves); each with wall time and peak memory.
# Prints a table and writes it to Benchmarks/results/REPORTS.md, which the README's performance
# section quotes. Never run as a test. Wall times, so run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${BENCH_REPORTS:-10000}
work=${BENCH_DIR:-.build/bench}
if [ "$reports" -ge 50000 ]; then runs=${BENCH_RUNS:-1}; else runs=${BENCH_RUNS:-3}; fi
# BENCH_SEARCH=0 builds without the search index (search: false), e.g. for a quicker 100,000 run.
search=${BENCH_SEARCH:-1}
# BENCH_HUGO=0 leaves Hugo out. BENCH_HUGO_LIMIT (CPU seconds, default 900) stops a Hugo build that
# uses more: at 100,000 pages it ran over 15 CPU minutes and 12 GB here and never finished. A stopped
# Hugo is reported as such, with the lower bound it gives (its wall time when stopped against Gongkai's).
with_hugo=${BENCH_HUGO:-1}
hugo_limit=${BENCH_HUGO_LIMIT:-900}
# BENCH_SERVE=0 leaves the serve measure out (at 100,000 the server's start is a whole build).
with_serve=${BENCH_SERVE:-1}

if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo >/dev/null
fi
swift build -c release --product gongkai >/dev/null
swift build -c release --product gongkai-bench >/dev/null
gongkai=$PWD/.build/release/gongkai

rm -rf "$work" && mkdir -p "$work" && work=$(cd "$work" && pwd)
.build/release/gongkai-bench generate "$reports" "$work/content" "$work/hugo"
content_mb=$(du -sm "$work/content" | cut -f1)
if [ "$search" = 0 ]; then echo "search: false" > "$work/gongkai.yaml"; else : > "$work/gongkai.yaml"; fi
config=(--config "$work/gongkai.yaml")

# run NAME COMMAND...: wall seconds and peak RSS (MB, the largest process it waited for) of a
# command, into $wall and $rss; its output in $work/NAME.log.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  read -r wall rss_kb < "$work/$name.time"
  rss=$((rss_kb / 1024))
}

# No timed step follows a deletion. This machine's ext4 has no journal, and without one the kernel
# avoids reusing an inode freed in the last 60 s (`recently_deleted` in fs/ext4/ialloc.c) by walking
# the block group's free inodes on EVERY file it creates: right after `rm -rf` of the 10,000-report
# site, the same build took 28 s (30 s of system CPU) instead of 14 s, and `cp -r` 9.9 s instead of
# 2.7 s. So each round writes into new folders, old ones are deleted only after the last timing, and
# the first round waits the window out after the corpus is made (BENCH_SETTLE seconds, default 65).
settle=${BENCH_SETTLE:-65}
sync; sleep "$settle"

# Rounds: Gongkai, the copy floor and Hugo in turn, so a machine that drifts slows all three alike.
: > "$work/rounds"
for round in $(seq 1 "$runs"); do
  site="$work/site-$round"
  run full "$gongkai" build --content "$work/content" --output "$site" "${config[@]}" --timings --force
  full_wall=$wall; full_rss=$rss
  # Gongkai's own peak (printed by --timings before Pagefind starts) and Pagefind's time.
  own_rss=$(grep -o 'peak memory [0-9]*' "$work/full.log" | tail -1 | cut -d' ' -f3)
  search_ms=$(grep -o 'Pagefind index written.* \([0-9]*\) ms)' "$work/full.log" | grep -o '[0-9]* ms)$' | cut -d' ' -f1 || true)
  boilerplate_ms=$(grep -o 'boilerplate B1+B2 [0-9]* ms' "$work/full.log" | tail -1 | cut -d' ' -f3)
  run copy cp -r "$site" "$work/copy-$round"
  copy_wall=$wall
  # hugo_stopped: 1 when Hugo ran into BENCH_HUGO_LIMIT and was stopped (its time is then the wall time
  # until it was stopped). A CPU limit (ulimit -t, then exec) keeps Hugo the process time(1) waits for,
  # so its peak memory is still Hugo's own.
  hugo_stopped=0
  if [ "$with_hugo" = 0 ]; then
    hugo_wall=0; hugo_rss=0
  elif /usr/bin/time -f "%e %M" -o "$work/hugo.time" bash -c 'ulimit -t "$0"; exec hugo "$@"' "$hugo_limit" \
      --source "$work/hugo" --destination "$work/hugo-public-$round" --quiet > "$work/hugo.log" 2>&1; then
    read -r hugo_wall hugo_rss_kb < "$work/hugo.time"; hugo_rss=$((hugo_rss_kb / 1024))
  else
    # time(1) writes "Command exited with non-zero status N" before its figures.
    read -r hugo_wall hugo_rss_kb < <(tail -1 "$work/hugo.time"); hugo_rss=$((hugo_rss_kb / 1024))
    if grep -Eq 'signal (9|24)' "$work/hugo.time"; then
      echo "Hugo stopped at ${hugo_limit} CPU s (BENCH_HUGO_LIMIT) after ${hugo_wall} s, peak ${hugo_rss} MB"; hugo_stopped=1
    else
      echo "Hugo failed (see $work/hugo.log)"; hugo_wall=0; hugo_rss=0
    fi
  fi
  echo "$full_wall $full_rss ${own_rss:-0} ${search_ms:-0} ${boilerplate_ms:-0} $copy_wall $hugo_wall $hugo_rss $hugo_stopped" >> "$work/rounds"
done
cp "$work/full.log" "$work/full-last.log"
# The last round's site and Hugo output stay for the counts and the rebuilds below; the other rounds'
# folders and the copies are deleted at the very end, after every timing.
mv "$work/site-$runs" "$work/site"
mv "$work/hugo-public-$runs" "$work/hugo-public" 2>/dev/null || true
pages=$(find "$work/site" -name '*.html' -not -path '*/pagefind/*' | wc -l)
files=$(find "$work/site" -type f | wc -l)
site_mb=$(du -sm "$work/site" | cut -f1)
hugo_pages=$( (find "$work/hugo-public" -name '*.html' 2>/dev/null || true) | wc -l)

: > "$work/noops"
for round in 1 2 3; do
  run noop "$gongkai" build --content "$work/content" --output "$work/site" "${config[@]}" --timings
  echo "$wall $rss" >> "$work/noops"
done
noop_written=$(find "$work/site" -type f -newer "$work/full.time" | wc -l)

edited=$(find "$work/content" -name '2022.txt' | sort | sed -n 1p)
.build/release/gongkai-bench edit "$edited"
run edit "$gongkai" build --content "$work/content" --output "$work/site" "${config[@]}" --timings
edit_wall=$wall; edit_rss=$rss
edit_written=$(grep '^built' "$work/edit.log" | grep -o '[0-9][0-9]* written' | tail -1 | cut -d' ' -f1)

# Five saves 10 s apart, so each save finds the server idle (the rebuild of the previous one done).
if [ "$with_serve" = 0 ]; then serve="not measured (BENCH_SERVE=0)"; else serve=$(python3 Benchmarks/serve_latency.py "$gongkai" "$work" "$edited" 5 10); fi

mkdir -p Benchmarks/results
BENCH_SEARCH_WANTED=$search python3 - "$reports" "$runs" "$content_mb" "$pages" "$files" "$site_mb" "$hugo_pages" "$noop_written" "$edit_wall" "$edit_rss" \
  "$edit_written" "$serve" "$work/rounds" "$work/noops" "$(git rev-parse --short HEAD)" "Benchmarks/results/$reports.md" <<'PY'
import os, statistics, sys, datetime
(reports, runs, content_mb, pages, files, site_mb, hugo_pages, noop_written, edit, edit_rss, edit_written,
 serve, rounds_file, noops_file, commit, out) = sys.argv[1:]
reports, pages, files, hugo_pages, site_mb = int(reports), int(pages), int(files), int(hugo_pages), int(site_mb)
rounds = [list(map(float, line.split())) for line in open(rounds_file) if line.strip()]
noops = [list(map(float, line.split())) for line in open(noops_file) if line.strip()]
med = lambda i, rows=rounds: statistics.median(r[i] for r in rows)
full, full_rss, own_rss, search, boilerplate, copy, hugo, hugo_rss, hugo_stopped = (med(i) for i in range(9))
search, boilerplate = search / 1000, boilerplate / 1000
site = statistics.median(r[0] - r[3] / 1000 for r in rounds)
noop, noop_rss = med(0, noops), med(1, noops)
gk_rate, gk_site_rate = pages / full, pages / site
hugo_rate = hugo_pages / hugo if hugo and not hugo_stopped else 0
if hugo_stopped:
    hugo_row = (f"did not finish: stopped at its CPU limit (BENCH_HUGO_LIMIT) after {hugo:.0f} s, "
                f"peak {hugo_rss:,.0f} MB, {hugo_pages:,} pages written by then")
    ratio_row = (f"Hugo unfinished after {hugo:.0f} s; Gongkai's site took {site:.0f} s: "
                 f"at least {hugo / site:.1f}× Hugo (lower bound)")
elif hugo:
    hugo_row = f"{hugo:.2f} s, peak {hugo_rss:.0f} MB, {hugo_pages:,} pages, {hugo_rate:,.0f} pages/s"
    ratio_row = f"site {gk_site_rate / hugo_rate:.2f}×, with search {gk_rate / hugo_rate:.2f}×"
else:
    hugo_row, ratio_row = "not run (BENCH_HUGO=0) or failed", "–"
serve_median = serve.split()[0] if not serve.startswith("not") else None
rows = [
    ("corpus", f"{reports:,} synthetic reports, {content_mb} MB of text"),
    ("site", f"{pages:,} pages, {files:,} files, {site_mb:,} MB"),
    ("Gongkai: the site (parse, checks, render, write)", f"{site:.2f} s = **{site / copy:.1f}× the copy floor**, peak {own_rss:.0f} MB, {gk_site_rate:,.0f} pages/s"),
    ("Gongkai: then the search index (Pagefind)", f"{search:.2f} s" if search else
     "not built (BENCH_SEARCH=0)" if os.environ.get("BENCH_SEARCH_WANTED") == "0" else "not built: Pagefind is not installed (`make search-deps`)"),
    ("Gongkai: full build with search", f"{full:.2f} s = {full / copy:.1f}× the copy floor, peak {full_rss:.0f} MB (Pagefind's), {gk_rate:,.0f} pages/s"),
    ("copy floor (`cp -r` of the finished site)", f"{copy:.2f} s"),
    ("Hugo, same corpus as Markdown, same taxonomies", hugo_row),
    ("Gongkai pages/s ÷ Hugo pages/s", ratio_row),
    ("boilerplate checks B1+B2 (inside the site build)", f"{boilerplate:.2f} s = {100 * boilerplate / site:.1f} % of it"),
    ("no-op rebuild", f"{noop:.2f} s, peak {noop_rss:.0f} MB, {noop_written} files rewritten"),
    ("rebuild after editing one report", f"{float(edit):.2f} s, peak {edit_rss} MB, {edit_written} files written"),
    ("serve: save → edited page served", f"{serve_median} ms (median of 5 saves 10 s apart: {serve.split(' ', 1)[1] if ' ' in serve else serve})" if serve_median else serve),
]
width = max(len(r[0]) for r in rows)
lines = [f"| measure ({reports:,} reports) | value |", "|---|---|"] + [f"| {name} | {value} |" for name, value in rows]
note = (f"Measured by `make bench` (BENCH_REPORTS={reports}) on {datetime.date.today()}, commit {commit}, "
        f"{os.cpu_count()} cores; medians of {runs} round(s) of Gongkai, `cp -r` and Hugo in turn.")
text = "\n".join(lines) + "\n\n" + note + "\n"
print()
print(text)
open(out, "w").write(text)
PY
for round in $(seq 1 "$runs"); do rm -rf "$work/site-$round" "$work/copy-$round" "$work/hugo-public-$round"; done
