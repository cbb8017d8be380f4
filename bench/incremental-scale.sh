#!/bin/bash
# Incremental build times at scale: clean, no change, one dump changed, one dump added, a template changed, each
# with wall time, CPU time and peak RSS (/usr/bin/time -v). Usage: bench/incremental-scale.sh SEEDS WORKDIR; needs target/broadsheet.jar.
# SEEDS is never modified: WORKDIR/seeds is a copy made of hard links, and an edited dump is written as a new file
# and moved over its link.
#
# JAVA_OPTS: the JVM options of every build (default -Xmx1g). REBUILD_OPTS: options added to the rebuilds after the
# clean one (default none). RUNS: how many times the no-change and one-changed rebuilds are run (default 1; each
# one-changed run edits the same dump again). CLASS_DATA: 1 (default) to give every build a class-data archive of
# the copied jar, made as `mvn package` makes target/broadsheet.jsa (see README, "The build command"); 0 for none.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
seeds=$1; work=$2
java_opts=${JAVA_OPTS:--Xmx1g}
rebuild_opts=${REBUILD_OPTS:-}
runs=${RUNS:-1}
class_data=${CLASS_DATA:-1}
mkdir -p "$work" && cd "$work"
[ -d seeds ] || cp -al "$seeds" seeds
cp "$project/target/broadsheet.jar" bench.jar
if [ "$class_data" = 1 ]; then
  # An archive holds the path of the jar it was made with, so the copy needs its own.
  rm -rf class-data bench.jsa
  java -jar bench.jar generate --count=40 class-data/seeds >/dev/null
  # -Xint as in pom.xml: no method may be queued for compilation when the archive is written (JDK-8306460).
  java -Xint -XX:ArchiveClassesAtExit=bench.jsa -Xlog:cds=off,cds+dynamic=off -jar bench.jar build --quiet \
    --seeds class-data/seeds --templates "$project/templates" --out class-data/site
  rm -rf class-data
  java_opts="$java_opts -XX:SharedArchiveFile=bench.jsa -Xlog:cds=off,cds+dynamic=off"
fi
rm -rf site .site.* tpl && cp -r "$project/templates" tpl
echo "JAVA_OPTS=$java_opts REBUILD_OPTS=$rebuild_opts RUNS=$runs"
extra=""
t() {
  # shellcheck disable=SC2086 # the options are words
  /usr/bin/time -v java $java_opts $extra -jar bench.jar build --verbose --seeds seeds --templates tpl --out site \
    --per-page 20 --base-url https://example.org/ > "$1.log" 2>&1
  printf '%-12s wall %s  cpu %.1f s  rss %d MB  | %s\n' "$1" \
    "$(grep 'Elapsed (wall' "$1.log" | awk '{print $NF}')" \
    "$(grep -E 'User time|System time' "$1.log" | awk '{s+=$NF} END {print s}')" \
    "$(( $(grep 'Maximum resident' "$1.log" | awk '{print $NF}') / 1024 ))" \
    "$(grep -E '^(Built|Updated|site is up)' "$1.log" | head -1)"
}
t clean
extra=$rebuild_opts
sleep 4 # past the margin within which a build reads a recently modified dump again
for run in $(seq "$runs"); do t "nochange$run"; done
# The middle dump, so that the script also runs on small archives.
victim=$(ls seeds | grep '\.txt$' | sed -n "$(( $(ls seeds | grep -c '\.txt$') / 2 + 1 ))p")
for run in $(seq "$runs"); do
  python3 "$project/bench/edit_dump.py" "seeds/$victim" "$run"
  t "onechanged$run"
done
cp "seeds/$(ls seeds | grep '\.txt$' | head -1)" seeds/999999_benchmarkadded.txt
t oneadded
t nochange-after
sed -i 's#</main>#<!-- benchmark --></main>#' tpl/article.html
t template
ls -l .site.broadsheet-cache/
