#!/usr/bin/env python3
"""Sums a JFR recording's compilations by whose code they compile: Broadsheet's, the libraries' or the JDK's.

Usage: jfr print --json --events jdk.Compilation REC.jfr | jit_by_code.py

The recording must keep every compilation (jdk.Compilation with a threshold of 0 ms; bench/floor makes such
settings). A compilation counts for the class of the method compiled, not for the methods inlined into it. Prints
Markdown: seconds and methods per compiler (C1 for tiers 1 to 3, C2 for tier 4) and kind of code.
"""

import collections
import json
import re
import sys

KINDS = (
    ('io.broadsheet.', 'Broadsheet'),
    ('org.jsoup.', 'libraries'), ('com.vladsch.flexmark.', 'libraries'), ('org.thymeleaf.', 'libraries'),
    ('org.attoparser.', 'libraries'), ('org.unbescape.', 'libraries'), ('ognl.', 'libraries'),
    ('org.snakeyaml.', 'libraries'), ('com.fasterxml.', 'libraries'), ('picocli.', 'libraries'),
    ('java.', 'JDK'), ('javax.', 'JDK'), ('jdk.', 'JDK'), ('sun.', 'JDK'), ('com.sun.', 'JDK'),
)


def kind(type_name):
    for prefix, label in KINDS:
        if type_name.startswith(prefix):
            return label
    return 'other'


def seconds(duration):
    """JFR prints durations as ISO 8601 (PT0.001234S, PT1M2.5S)."""
    m = re.fullmatch(r'PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?', duration)
    if not m:
        raise ValueError(f'unexpected duration: {duration}')
    h, mi, s = m.groups()
    return int(h or 0) * 3600 + int(mi or 0) * 60 + float(s or 0)


def main():
    events = json.load(sys.stdin)['recording']['events']
    time, count = collections.Counter(), collections.Counter()
    for event in events:
        values = event['values']
        compiler = 'C2' if values['compileLevel'] == 4 else 'C1'
        key = (compiler, kind(values['method']['type']['name'].replace('/', '.')))
        time[key] += seconds(values['duration'])
        count[key] += 1
    if not count:
        sys.exit('jit_by_code.py: no compilations recorded')
    kinds = sorted({k for _, k in count}, key=lambda k: -sum(time[(c, k)] for c in ('C1', 'C2')))
    print('| Code compiled | C2 s | C2 methods | C1 s | C1 methods | Both s |')
    print('|---|---:|---:|---:|---:|---:|')
    for k in kinds + ['all']:
        pick = (lambda key: True) if k == 'all' else (lambda key, k=k: key[1] == k)
        c2 = sum(v for key, v in time.items() if key[0] == 'C2' and pick(key))
        c1 = sum(v for key, v in time.items() if key[0] == 'C1' and pick(key))
        n2 = sum(v for key, v in count.items() if key[0] == 'C2' and pick(key))
        n1 = sum(v for key, v in count.items() if key[0] == 'C1' and pick(key))
        print(f'| {k} | {c2:.1f} | {n2} | {c1:.1f} | {n1} | {c1 + c2:.1f} |')


if __name__ == '__main__':
    main()
