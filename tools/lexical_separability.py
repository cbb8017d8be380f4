#!/usr/bin/env python3
"""Would the words themselves tell kept furniture from kept body? A check of the lexical signal's ceiling.

Usage (from the project folder, after `mvn -q compile` and with the classpath in CP):
    java -cp "target/classes:$CP" io.broadsheet.evaluate.PipelineTableMain ../shared/corpus/dev > /tmp/pipeline.tsv
    python3 tools/lexical_separability.py /tmp/pipeline.tsv

Takes the same rows as tools/kept_separability.py (the labelled paragraphs the classifier keeps in the reading
view, with every signal and the paragraph's place in the view) and fits two logistic regressions with five-fold
cross-validation by dump (fixed seed 7): one on those signals alone, one with every lowercased word of the
paragraph added as a hashed feature (2^14 buckets, each paragraph's words weighing 1/sqrt(count) together). Prints,
for each, how many kept furniture paragraphs it would drop, highest score first, for a given number of body
paragraphs lost. Needs numpy.
"""
import importlib.util
import os
import re
import sys
import zlib

import numpy as np

_here = os.path.dirname(os.path.abspath(__file__))
BUCKETS = 1 << 14
WORD = re.compile(r"\w+")


def _module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_here, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hashed_words(texts):
    out = np.zeros((len(texts), BUCKETS))
    for i, text in enumerate(texts):
        buckets = {zlib.crc32(w.encode()) % BUCKETS for w in WORD.findall(text.lower())}
        for b in buckets:
            out[i, b] = 1 / np.sqrt(len(buckets))
    return out


def fit(z, y, l2, steps=1500, rate=0.5):
    """fit_weights.fit without its standardising, which would blow up the sparse word columns."""
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * w)
    return w


def main():
    kept, cv = _module("kept_separability"), _module("cv_pipeline")
    _, dumps = cv.load(sys.argv[1])
    x, y, group, texts = kept.kept_rows(dumps)
    words = hashed_words(texts)
    fold = np.random.default_rng(7).integers(0, 5, group.max() + 1)[group]
    signals, lexical = np.zeros(len(y)), np.zeros(len(y))
    for k in range(5):
        train, test = fold != k, fold == k
        mean, std = x[train].mean(0), x[train].std(0) + 1e-9
        z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
        signals[test] = z[test] @ fit(z[train], y[train], 0.01)  # standardised above, as fit_weights.fit would
        zw = np.hstack([z, 3 * words])
        lexical[test] = zw[test] @ fit(zw[train], y[train], 0.001)
    print(f"kept labelled paragraphs: {int((1 - y).sum())} body, {int(y.sum())} furniture")
    print("| Body paragraphs lost | Furniture dropped, signals | Furniture dropped, signals and words |")
    print("|---:|---:|---:|")
    a, b = kept.trade_off(signals, y), kept.trade_off(lexical, y)
    for lost in kept.BODY_LOST:
        print(f"| {lost} | {a.get(lost, '-')} | {b.get(lost, '-')} |")


if __name__ == "__main__":
    main()
