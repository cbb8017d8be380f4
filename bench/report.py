#!/usr/bin/env python3
"""Writes bench/run's measurements as the table at the top of docs/performance.md.

Everything below the marker line of an existing file is kept as it is: that is the hand-written part.
"""

import argparse
import csv
import os
import re
import statistics

MARKER = '<!-- Hand-written below this line: bench/run rewrites only what is above it. -->'
TOOLS = ('broadsheet', 'hugo', 'hugo-no-related', 'broadsheet-unchanged', 'broadsheet-one-changed')
NAMES = {'broadsheet': 'Broadsheet', 'hugo': 'Hugo', 'hugo-no-related': 'Hugo, no related articles',
         'broadsheet-unchanged': 'Broadsheet rebuild, nothing changed',
         'broadsheet-one-changed': 'Broadsheet rebuild, one dump changed'}
# timeout(1)'s exit status when bench/run's --hugo-timeout stopped a build.
STOPPED = 124
DEFAULT_HAND_WRITTEN = """
## Notes

(Write here: what the numbers mean, what makes the comparison unfair, and the profile.)
"""


def seconds(clock):
    """GNU time's elapsed time, h:mm:ss or m:ss.ss, in seconds."""
    total = 0.0
    for part in clock.split(':'):
        total = total * 60 + float(part)
    return total


def read_time(path):
    fields = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            key, _, value = line.strip().rpartition(': ')
            fields[key] = value
    return {
        'wall': seconds(fields['Elapsed (wall clock) time (h:mm:ss or m:ss)']),
        'cpu': float(fields['User time (seconds)']) + float(fields['System time (seconds)']),
        'rss_mb': int(fields['Maximum resident set size (kbytes)']) / 1024,
    }


def medians(results_path):
    runs = {}
    with open(results_path, encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            measured = read_time(row['time_file'])
            measured['files'] = int(row['files'])
            measured['mb'] = int(row['bytes']) / 1e6
            measured['stopped'] = int(row['exit']) == STOPPED
            runs.setdefault((int(row['n']), row['tool']), []).append(measured)
    table = {}
    for key, samples in runs.items():
        fields = [f for f in samples[0] if f != 'stopped']
        table[key] = {field: statistics.median(s[field] for s in samples) for field in fields}
        table[key]['runs'] = len(samples)
        # One stopped run makes the row a bound: its median would mix finished and unfinished builds.
        table[key]['stopped'] = any(s['stopped'] for s in samples)
        if table[key]['stopped']:
            table[key].update({field: min(s[field] for s in samples) for field in ('wall', 'cpu', 'rss_mb')})
    return table


def ratios(broadsheet, other):
    """Broadsheet's wall time, CPU time and peak RSS divided by another row's; bounds when that build was stopped."""
    if broadsheet is None or broadsheet['stopped']:
        return ''
    bound = '< ' if other['stopped'] else ''
    return ' / '.join(f'{bound}{broadsheet[f] / other[f]:.2f}' for f in ('wall', 'cpu', 'rss_mb'))


def results_table(table):
    lines = ['| N | Tool | Runs | Wall s | CPU s | Peak RSS MB | Files | MB written | ms per article |'
             ' Broadsheet ÷ this row (wall, CPU, RSS) |',
             '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|']
    for n in sorted({n for n, _ in table}):
        for tool in TOOLS:
            m = table.get((n, tool))
            if m is None:
                continue
            ratio = ratios(table.get((n, 'broadsheet')), m) if tool.startswith('hugo') else ''
            if m['stopped']:
                # The output of a stopped build is partial: its files and bytes say nothing.
                lines.append(f"| {n:,} | {NAMES[tool]} (stopped unfinished) | {m['runs']} | > {m['wall']:.2f} |"
                             f" > {m['cpu']:.2f} | ≥ {m['rss_mb']:.0f} | – | – | > {1000 * m['wall'] / n:.2f} |"
                             f" {ratio} |")
                continue
            lines.append(f"| {n:,} | {NAMES[tool]} | {m['runs']} | {m['wall']:.2f} | {m['cpu']:.2f} |"
                         f" {m['rss_mb']:.0f} | {m['files']:,.0f} | {m['mb']:.1f} | {1000 * m['wall'] / n:.2f} |"
                         f" {ratio} |")
    return '\n'.join(lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('results')
    p.add_argument('out')
    for option in ('command', 'nproc', 'memory', 'java', 'hugo', 'build-options', 'java-options', 'rebuild-options',
                   'hugo-timeout',
                   'load-before', 'load-after'):
        p.add_argument('--' + option, required=True)
    a = p.parse_args()

    hand_written = DEFAULT_HAND_WRITTEN
    if os.path.exists(a.out):
        with open(a.out, encoding='utf-8') as f:
            old = f.read()
        if MARKER in old:
            hand_written = old.split(MARKER, 1)[1]

    build_options = f' with `{a.build_options}`' if a.build_options.strip() else ''
    java = ' '.join(['java', a.java_options.strip(), '-jar']).replace('  ', ' ')
    rebuild = f', with `{a.rebuild_options.strip()}` added to the JVM options' if a.rebuild_options.strip() else ''
    stopped = (f' A Hugo build still running after {a.hugo_timeout} s was stopped (`timeout`); its row is a bound:'
               ' at least that long, and its files are not counted.') if a.hugo_timeout != '0' else ''
    generated = f"""# Performance: Broadsheet and Hugo

Produced by (from the project folder; see `bench/run --help`):

```
{a.command.strip()}
```

Each N: `broadsheet generate --seed 1 --count N` makes the dumps; Broadsheet builds them (`{java} broadsheet.jar build`{build_options});
Hugo builds the same articles (Broadsheet's own `article.md` with its front matter translated, see `bench/to_hugo.py`)
with the minimal theme in `bench/hugo/` (`hugo --quiet --gc --ignoreCache` and a fresh cache folder), once as it is
and once with the theme's related articles taken out (*no related articles*: the part of Hugo's build that grows
faster than the archive).{stopped} The output
folder (and Broadsheet's build cache) is removed before every clean run; the tools alternate, and which goes first alternates too. Wall time, CPU time
(user + system) and peak RSS are GNU time's (`/usr/bin/time -v`); files and bytes are those of the output folder
(`find -type f`, `du -sb`). Every figure is the median of the runs; ms per article is wall time / N. The rebuild
rows time Broadsheet run again over its last clean build's site and build cache: once with nothing changed, once
after one paragraph of one dump was edited (`bench/edit_dump.py`){rebuild}; their ms per article is that of the
whole archive.

{results_table(medians(a.results))}

Machine: {a.nproc} cores, {a.memory} of memory; {a.java.strip()}; {a.hugo.strip()}.
Load average before the runs: `{a.load_before.strip()}`; after: `{a.load_after.strip()}`.

{MARKER}"""
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write(generated + hand_written)


if __name__ == '__main__':
    main()
