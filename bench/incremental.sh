#!/bin/bash
# Wall times of incremental builds at 10,000 generated articles: clean, no change, one dump changed, one dump added,
# template changed. Usage: bench/incremental.sh [WORKDIR] (default /tmp/broadsheet-incremental); needs target/broadsheet.jar.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/broadsheet-incremental}
mkdir -p "$work" && cd "$work"
J="java -Xmx1g -jar $project/target/broadsheet.jar"
[ -d seeds10k ] || $J generate --count=10000 --seed=7 seeds10k > /dev/null
rm -rf site .site.* tpl && cp -r "$project/templates" tpl
B="build --seeds seeds10k --templates tpl --out site -v"
t() { local s e; s=$(date +%s.%N); "$@" > last.out 2>&1; e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) s: $(tail -7 last.out | tr '\n' ' ')"; }
echo "clean:";       t $J $B --clean
echo "no change:";   t $J $B
python3 - "$(ls seeds10k/*.txt | sed -n 5000p)" <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding='utf-8').read()
open(p, 'w', encoding='utf-8').write(s.replace("', '", " One more sentence added by the benchmark.', '", 1))
PY
echo "one changed:"; t $J $B
cp "$(ls seeds10k/*.txt | head -1)" seeds10k/999999_benchmarkadded.txt
echo "one added:";   t $J $B
sed -i 's#</main>#<!-- benchmark --></main>#' tpl/article.html
echo "template:";    t $J $B
