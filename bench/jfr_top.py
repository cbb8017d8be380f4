#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: where Broadsheet's build spends its time.

Usage: jfr print --json --stack-depth 256 --events jdk.ExecutionSample REC.jfr | jfr_top.py [TOP]

Prints Markdown: the share of samples by pipeline stage (the package of the innermost io.broadsheet frame, so a
library's time counts for the stage that called it), by library (the package of the sampled frame itself), by the
innermost library on the stack (the time spent in jsoup, flexmark, Thymeleaf and the YAML and JSON libraries,
with the JDK code they call), the hottest methods by self time (alone, then with the Broadsheet method they were called from), and the io.broadsheet
methods by inclusive time.
"""

import collections
import json
import sys

LIBRARIES = (
    ('org.thymeleaf', 'Thymeleaf'), ('org.attoparser', 'Thymeleaf'), ('ognl', 'Thymeleaf'),
    ('com.vladsch.flexmark', 'flexmark'), ('org.jsoup', 'jsoup'), ('org.snakeyaml', 'snakeyaml-engine'),
    ('com.fasterxml.jackson', 'Jackson'), ('picocli', 'picocli'), ('io.broadsheet', 'Broadsheet'),
    ('java.util.regex', 'JDK regex'), ('java.nio', 'JDK I/O'), ('java.io', 'JDK I/O'), ('sun.nio', 'JDK I/O'),
    ('java.', 'JDK other'), ('jdk.', 'JDK other'), ('sun.', 'JDK other'),
)


def method_name(frame):
    m = frame['method']
    return m['type']['name'].replace('/', '.') + '.' + m['name']


def library(name):
    for prefix, label in LIBRARIES:
        if name.startswith(prefix):
            return label
    return 'other'


# The libraries Broadsheet is built on (fixed choices), whose time its own code can only call less.
FOUNDATIONS = ('jsoup', 'flexmark', 'Thymeleaf', 'snakeyaml-engine', 'Jackson')


def foundation(names):
    """The innermost library of the stack, so that the JDK code a library calls counts for that library."""
    for name in names:  # innermost first
        label = library(name)
        if label in FOUNDATIONS:
            return label
        if label == 'Broadsheet':
            return 'Broadsheet and the JDK code it calls'
    return 'Broadsheet and the JDK code it calls'


def stage(names):
    for name in names:  # innermost first
        if name.startswith('io.broadsheet.'):
            return name.split('.')[2]
    return '(outside Broadsheet code: JVM start, class loading, GC helpers)'


def table(title, counter, total, top):
    lines = [f'| {title} | Samples | Share |', '|---|---:|---:|']
    for key, count in counter.most_common(top):
        lines.append(f'| `{key}` | {count} | {100 * count / total:.1f} % |')
    return '\n'.join(lines)


def main():
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    events = json.load(sys.stdin)['recording']['events']
    by_stage, by_library, self_time, inclusive, callers, under = (collections.Counter() for _ in range(6))
    total = 0
    for event in events:
        frames = event['values']['stackTrace']['frames']
        if not frames:
            continue
        names = [method_name(f) for f in frames]
        total += 1
        by_stage[stage(names)] += 1
        by_library[library(names[0])] += 1
        under[foundation(names)] += 1
        self_time[names[0]] += 1
        caller = next((n for n in names if n.startswith('io.broadsheet.')), '-')
        callers[f'{names[0]}` from `{caller}'] += 1
        for name in set(names):
            if name.startswith('io.broadsheet.'):
                inclusive[name] += 1
    if total == 0:
        sys.exit('jfr_top.py: no execution samples')
    print(f'{total} execution samples.\n')
    print(table('Stage (package of the innermost Broadsheet frame)', by_stage, total, top) + '\n')
    print(table('Library of the sampled frame', by_library, total, top) + '\n')
    print(table('Innermost library on the stack (JDK code counts for its caller)', under, total, top) + '\n')
    print(table('Method (self)', self_time, total, top) + '\n')
    print(table('Method (self) from its innermost Broadsheet caller', callers, total, top) + '\n')
    print(table('Broadsheet method (inclusive)', inclusive, total, top))


if __name__ == '__main__':
    main()
