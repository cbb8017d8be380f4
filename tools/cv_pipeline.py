#!/usr/bin/env python3
"""Two-fold cross-validation by dump of the whole classifier: weights and rules.

Usage (from the project folder, after `mvn -q compile` and with the classpath in CP):
    java -cp "target/classes:$CP" io.broadsheet.evaluate.PipelineTableMain ../shared/corpus/dev > /tmp/pipeline.tsv
    python3 tools/cv_pipeline.py /tmp/pipeline.tsv ../shared/corpus/dev/labels.json

The table holds every paragraph with its signals. This script fits the logistic weights on one half of the dumps
(the split of tools/fit_weights.py), replays Classifier's rules on the other half with those weights (keep
threshold, short furniture lines, edge peeling, closing line, bold standfirst) and scores the reading view the way
`broadsheet evaluate` does: labelled snippets found in, or absent from, the kept paragraphs' text. It also
replays the rules with the weights fitted on all dumps, which should match `broadsheet evaluate` and so checks
the replay, and prints the keep threshold alone for comparison. Needs numpy.
"""
import importlib.util
import json
import math
import os
import sys

import numpy as np

_spec = importlib.util.spec_from_file_location(
    "fit_weights", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fit_weights.py"))
fit_weights = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fit_weights)

READING = {"LEDE", "BODY", "CROSSHEAD"}
# Classifier's constants.
KEEP_ODDS, EDGE_MARGIN, SHORT_LINE_WORDS, CLOSING_SHARE = 0.08, 3.0, 12, 0.8


def collapse(text):
    return " ".join(text.replace("\u00a0", " ").split())


def load(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        names = header[11:]
        dumps = {}
        for line in f:
            r = line.rstrip("\n").split("\t")
            p = {"label": r[2], "role": r[3], "form": r[4] == "1", "words": int(r[5]), "end": r[6] == "1",
                 "bold": r[7] == "1", "cue": r[8] == "1", "about": r[9] == "1", "text": r[10],
                 "x": [float(v) for v in r[11:]] if r[4] == "0" else None}
            dumps.setdefault(r[0], []).append(p)
    return names, dumps


def replay(ps, logit, keep_odds=KEEP_ODDS, rules=True, link=None):
    """The reading view of one page: for each paragraph, whether it is in it."""
    keep_logit = math.log(keep_odds / (1 - keep_odds))
    role = [p["role"] if p["form"] else None for p in ps]
    for i, p in enumerate(ps):
        if p["form"]:
            continue
        named = rules and p["words"] <= SHORT_LINE_WORDS and p["cue"]
        role[i] = "BODY" if logit[i] >= keep_logit and not named else "OUT"
    if rules:
        kept = [i for i in range(len(ps)) if role[i] == "BODY"]
        if kept:
            values = sorted(logit[i] for i in kept)
            floor = values[len(values) // 2] - EDGE_MARGIN

            def peel(i):
                p = ps[i]
                bare = p["words"] <= SHORT_LINE_WORDS and not p["end"] and not p["bold"]
                if logit[i] >= floor and not bare:
                    return False
                role[i] = "OUT"
                return True

            first = 0
            while first < len(kept) and peel(kept[first]):
                first += 1
            last = len(kept) - 1
            while last > first and peel(kept[last]):
                last -= 1
        total = sum(ps[i]["words"] for i in range(len(ps)) if role[i] == "BODY")
        read = 0
        for i, p in enumerate(ps):
            if role[i] == "BODY":
                read += p["words"]
            if p["form"]:
                closing = role[i] in ("ATTRIBUTION", "DATELINE") or role[i] == "FURNITURE" and p["cue"]
            else:
                closing = role[i] != "BODY" and p["about"]
            if closing and read >= CLOSING_SHARE * total:
                for j in range(i + 1, len(ps)):
                    if role[j] == "BODY":
                        role[j] = "OUT"
                break
    for i in range(len(ps) - 1):
        if role[i] == "BODY":
            break
        p = ps[i]
        if role[i] in ("OUT", "FURNITURE") and p["bold"] and p["words"] >= 15 and link[i] < 0.3 \
                and role[i + 1] == "BODY":
            role[i] = "BODY"
            break
    return [r == "BODY" for r in role]


def score(dumps, labels, keep):
    body = kept = furniture = rejected = 0
    for name, ps in dumps.items():
        view = "".join(p["text"] + "\n" for p, k in zip(ps, keep[name]) if k)
        for s in labels[name]["body"]:
            body += 1
            kept += collapse(s) in view
        for s in labels[name]["furniture"]:
            furniture += 1
            rejected += collapse(s) not in view
    return kept / body, rejected / furniture


def main():
    names, dumps = load(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        labels = json.load(f)
    link_col = names.index("linkDensity")
    files = sorted(dumps)
    order = np.random.default_rng(7).permutation(len(files))
    half = {files[i] for i in order[::2]}

    def training(selected):
        x, y = [], []
        for name in selected:
            for p in dumps[name]:
                if p["x"] is not None and p["label"] != "-":
                    x.append(p["x"])
                    y.append(1 if p["label"] == "body" else 0)
        return np.array(x), np.array(y)

    def logits(name, w):
        return [float(np.dot(p["x"], w)) if p["x"] is not None else 0.0 for p in dumps[name]]

    def links(name):
        return [p["x"][link_col] if p["x"] is not None else 1.0 for p in dumps[name]]

    folds = [sorted(half), sorted(set(files) - half)]
    weights = {}
    for test, train in ((folds[0], folds[1]), (folds[1], folds[0])):
        w = fit_weights.fit(*training(train))
        for name in test:
            weights[name] = w
    w_all = fit_weights.fit(*training(files))
    rows = [("cross-validated, rules", weights, True, KEEP_ODDS),
            ("in-sample, rules (should match broadsheet evaluate)", {n: w_all for n in files}, True, KEEP_ODDS)]
    rows += [(f"cross-validated, threshold {t:.2f} alone", weights, False, t) for t in (0.10, 0.15, 0.20, 0.25)]
    for title, ws, rules, odds in rows:
        keep = {n: replay(dumps[n], logits(n, ws[n]), odds, rules, links(n)) for n in files}
        recall, rejection = score(dumps, labels, keep)
        print(f"{title}: body recall {recall:.3f}, furniture rejection {rejection:.3f}")


if __name__ == "__main__":
    main()
