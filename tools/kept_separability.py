#!/usr/bin/env python3
"""How far any rule over the classifier's signals could still go: can kept furniture be told from kept body?

Usage (from the project folder, after `mvn -q compile` and with the classpath in CP):
    java -cp "target/classes:$CP" io.broadsheet.evaluate.PipelineTableMain ../shared/corpus/dev > /tmp/pipeline.tsv
    python3 tools/kept_separability.py /tmp/pipeline.tsv

Takes the labelled paragraphs the classifier keeps in the reading view and asks two learners, each fitted with
five-fold cross-validation by dump (fixed seed 7), to rank the furniture among them first: a logistic regression
and gradient-boosted trees of depth 3, over every signal of the table plus the paragraph's place in the kept
reading view (share of its words read before it, paragraphs after it). It prints how many kept furniture
paragraphs each would drop for a given number of body paragraphs lost. Raising furniture rejection to the
issue's 0.85 at body recall 0.97 takes about 100 more furniture paragraphs for at most about 9 body ones. Needs
numpy.
"""
import importlib.util
import os
import sys

import numpy as np

_here = os.path.dirname(os.path.abspath(__file__))


def _module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_here, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


READING = {"LEDE", "BODY", "CROSSHEAD"}
BODY_LOST = (3, 6, 9, 12, 20, 40)


def kept_rows(dumps):
    """Signals of each labelled kept paragraph, with its place in the reading view; its label; its dump's index;
    its text."""
    x, y, group, text = [], [], [], []
    for index, name in enumerate(sorted(dumps)):
        kept = [p for p in dumps[name] if p["role"] in READING]
        total = sum(p["words"] for p in kept) or 1
        read = 0
        for k, p in enumerate(kept):
            share = read / total
            read += p["words"]
            if p["label"] not in ("body", "furniture") or p["x"] is None:
                continue
            place = [share, share * share, np.log1p(len(kept) - k - 1), np.log1p(k), p["words"] / total]
            x.append(p["x"] + place)
            y.append(1.0 if p["label"] == "furniture" else 0.0)
            group.append(index)
            text.append(p["text"])
    return np.array(x), np.array(y), np.array(group), text


def tree(x, g, h, depth, min_leaf=10, lam=1.0):
    """A regression tree on the gradient g and hessian h of the logistic loss (second-order boosting)."""
    def leaf(rows):
        return ("leaf", -g[rows].sum() / (h[rows].sum() + lam))

    def grow(rows, level):
        if level == 0 or len(rows) < 2 * min_leaf:
            return leaf(rows)
        gs, hs = g[rows].sum(), h[rows].sum()
        best = (0.0, None, None)
        for j in range(x.shape[1]):
            order = np.argsort(x[rows, j], kind="stable")
            values = x[rows, j][order]
            gl, hl = np.cumsum(g[rows][order]), np.cumsum(h[rows][order])
            cut = np.nonzero(values[:-1] < values[1:])[0]
            cut = cut[(cut >= min_leaf - 1) & (cut < len(rows) - min_leaf)]
            if len(cut) == 0:
                continue
            gain = gl[cut] ** 2 / (hl[cut] + lam) + (gs - gl[cut]) ** 2 / (hs - hl[cut] + lam) - gs ** 2 / (hs + lam)
            k = int(np.argmax(gain))
            if gain[k] > best[0]:
                best = (gain[k], j, (values[cut[k]] + values[cut[k] + 1]) / 2)
        if best[1] is None:
            return leaf(rows)
        _, j, at = best
        left = rows[x[rows, j] <= at]
        return ("split", j, at, grow(left, level - 1), grow(rows[x[rows, j] > at], level - 1))

    return grow(np.arange(len(x)), depth)


def predict(node, x):
    if node[0] == "leaf":
        return np.full(len(x), node[1])
    _, j, at, left, right = node
    out = np.empty(len(x))
    low = x[:, j] <= at
    out[low], out[~low] = predict(left, x[low]), predict(right, x[~low])
    return out


def boosted(x, y, test, rounds=150, rate=0.1):
    f, out = np.zeros(len(x)), np.zeros(len(test))
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-f))
        t = tree(x, p - y, p * (1 - p), 3)
        f += rate * predict(t, x)
        out += rate * predict(t, test)
    return out


def trade_off(scores, y):
    """Furniture paragraphs dropped when dropping, highest score first, until the given body paragraphs are lost."""
    dropped, lost, out = 0, 0, {}
    for i in np.argsort(-scores, kind="stable"):
        if y[i]:
            dropped += 1
        else:
            lost += 1
            if lost in BODY_LOST:
                out[lost] = dropped
    return out


def main():
    fit_weights, cv = _module("fit_weights"), _module("cv_pipeline")
    _, dumps = cv.load(sys.argv[1])
    x, y, group, _ = kept_rows(dumps)
    fold = np.random.default_rng(7).integers(0, 5, group.max() + 1)[group]
    linear, trees = np.zeros(len(y)), np.zeros(len(y))
    for k in range(5):
        train, test = fold != k, fold == k
        bias = lambda m: np.hstack([np.ones((len(m), 1)), m])
        linear[test] = bias(x[test]) @ fit_weights.fit(bias(x[train]), y[train])
        trees[test] = boosted(x[train], y[train], x[test])
    print(f"kept labelled paragraphs: {int((1 - y).sum())} body, {int(y.sum())} furniture")
    print("| Body paragraphs lost | Furniture dropped, logistic | Furniture dropped, boosted trees |")
    print("|---:|---:|---:|")
    a, b = trade_off(linear, y), trade_off(trees, y)
    for lost in BODY_LOST:
        print(f"| {lost} | {a.get(lost, '-')} | {b.get(lost, '-')} |")


if __name__ == "__main__":
    main()
