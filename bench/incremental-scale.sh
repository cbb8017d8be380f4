#!/bin/bash
# Incremental build times at scale: clean, no change, one dump changed, one dump added, a template changed, each
# with wall time, CPU time and peak RSS (/usr/bin/time -v). Usage: bench/incremental-scale.sh SEEDS WORKDIR; needs target/broadsheet.jar.
# SEEDS is never modified: WORKDIR/seeds is a copy made of hard links, and an edited dump is written as a new file
# and moved over its link.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
seeds=$1; work=$2
mkdir -p "$work" && cd "$work"
[ -d seeds ] || cp -al "$seeds" seeds
cp "$project/target/broadsheet.jar" bench.jar
rm -rf site .site.* tpl && cp -r "$project/templates" tpl
B="java -Xmx1g -jar bench.jar build --verbose --seeds seeds --templates tpl --out site --per-page 20 --base-url https://example.org/"
t() {
  /usr/bin/time -v $B > "$1.log" 2>&1
  printf '%-12s wall %s  cpu %.1f s  rss %d MB  | %s\n' "$1" \
    "$(grep 'Elapsed (wall' "$1.log" | awk '{print $NF}')" \
    "$(grep -E 'User time|System time' "$1.log" | awk '{s+=$NF} END {print s}')" \
    "$(( $(grep 'Maximum resident' "$1.log" | awk '{print $NF}') / 1024 ))" \
    "$(grep -E '^(Built|Updated|site is up)' "$1.log" | head -1)"
}
t clean
sleep 4 # past the margin within which a build reads a recently modified dump again
t nochange
t nochange2
# The middle dump, so that the script also runs on small archives.
victim=$(ls seeds | grep '\.txt$' | sed -n "$(( $(ls seeds | grep -c '\.txt$') / 2 + 1 ))p")
python3 "$project/bench/edit_dump.py" "seeds/$victim" 1
t onechanged
cp "seeds/$(ls seeds | grep '\.txt$' | head -1)" seeds/999999_benchmarkadded.txt
t oneadded
t nochange3
sed -i 's#</main>#<!-- benchmark --></main>#' tpl/article.html
t template
ls -l .site.broadsheet-cache/
