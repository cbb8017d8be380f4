#!/usr/bin/env python3
"""Fits the classifier's signal weights by logistic regression and reports two-fold cross-validation.

Usage (from the project folder, after `mvn -q compile` and with the classpath in CP):
    java -cp "target/classes:$CP" io.broadsheet.evaluate.SignalTableMain ../shared/corpus/dev > /tmp/signals.tsv
    python3 tools/fit_weights.py /tmp/signals.tsv [THRESHOLD]

Only paragraphs labelled body or furniture take part in the fit. Cross-validation splits the dumps, not the
paragraphs, in two halves with a fixed seed, so that no page is judged by weights fitted on itself; it reports
the share of labelled body and furniture paragraphs kept, a close proxy of the snippet scores. The weights are
printed in the form Classifier.WEIGHTS takes. Needs numpy.
"""
import sys

import numpy as np


def fit(x, y, l2=0.01, steps=3000, rate=0.5):
    mean, std = x.mean(0), x.std(0) + 1e-9
    mean[0], std[0] = 0.0, 1.0  # the bias column stays as it is
    z = (x - mean) / std
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * w)
    raw = w / std
    raw[0] -= (mean / std) @ w
    return raw


def main():
    path = sys.argv[1]
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.2
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    names = header[3:]
    files = np.array([r[0] for r in rows])
    labels = np.array([1 if r[2] == "body" else 0 if r[2] == "furniture" else -1 for r in rows])
    x = np.array([[float(v) for v in r[3:]] for r in rows])
    dumps = sorted(set(files))
    order = np.random.default_rng(7).permutation(len(dumps))
    half = {dumps[i] for i in order[::2]}
    in_half = np.array([f in half for f in files])
    scores = np.zeros(len(rows))
    for test in (in_half, ~in_half):
        train = ~test & (labels >= 0)
        scores[test] = x[test] @ fit(x[train], labels[train])
    kept = 1 / (1 + np.exp(-scores)) >= threshold
    body, furniture = labels == 1, labels == 0
    print(f"cross-validated at {threshold}: body paragraphs kept {kept[body].mean():.3f}, "
          f"furniture paragraphs dropped {1 - kept[furniture].mean():.3f}")
    weights = fit(x[labels >= 0], labels[labels >= 0])
    print(",\n".join(f"            {w:.4f} /* {n} */" for w, n in zip(weights, names)))


if __name__ == "__main__":
    main()
