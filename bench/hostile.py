#!/usr/bin/env python3
"""Times builds of single hostile dumps: one paragraph (or one sidecar) of a repeated unit, the kind of input that
once made a pattern or a library read it in quadratic time. Prints a Markdown table, one row per case.

Usage (from the project folder, after `mvn -q package -DskipTests`):
    python3 bench/hostile.py [--jar target/broadsheet.jar] [--timeout 120] [--work /tmp/broadsheet-hostile]

Each case is built alone (`java -Xmx1g -jar JAR build`) between two ordinary paragraphs; a build still running
after the timeout is stopped and its row says so. Not part of the test suite: LongWordsTest, MarkdownHtmlTest,
InlineMarkdownTest and the sanitiser's tests bound the same cases in time.
"""
import argparse
import json
import os
import shutil
import subprocess
import time

PROSE = ("The city council voted on Tuesday to close the old harbour bridge to cars, after engineers warned that "
         "its steel frame had corroded far more than anyone had expected.")

# (what the row says, repeated unit, length of the paragraph in characters)
PARAGRAPHS = [
    ("links, each with its text", '<a href="https://x.example/a">link</a> and ', 304_000),
    ("links, each with its text", '<a href="https://x.example/a">link</a> and ', 2_432_000),
    ("unclosed links to a relative address", '<a href="x">', 800_000),
    ("nested italic runs", "<i>x", 2_000_000),
    ("bold runs, each with a line break", "<b>x<br></b>", 400_000),
    ("bold runs, each with a line break", "<b>x<br></b>", 2_000_000),
    ("opening brackets (furniture kept in the front matter)", "[", 2_000_000),
]


def dump_of(paragraphs):
    return str(paragraphs)


def cases():
    for what, unit, length in PARAGRAPHS:
        yield f"{what}: `{unit}` × {length // len(unit):,} ({length / 1e6:.1f} MB)", \
            {"a.txt": dump_of([PROSE, unit * (length // len(unit)), PROSE])}
    # Adjacent string literals concatenate, so one lede of a million letters is a small file.
    yield "a lede of one word of 1,000,000 letters (adjacent literals)", \
        {"a.txt": "[" + '"a" ' * 1_000_000 + "]"}
    yield "a sidecar of a 1,000,000-character title and 50,000 tags", {
        "a.txt": dump_of([PROSE]),
        "a.json": json.dumps({"title": "T" * 1_000_000, "tags": [f"tag{i}" for i in range(50_000)]})}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default="target/broadsheet.jar")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--work", default="/tmp/broadsheet-hostile")
    args = parser.parse_args()
    jar = os.path.abspath(args.jar)
    print("| Dump | Wall s | Exit | First line of output |")
    print("|---|---:|---:|---|")
    for name, files in cases():
        shutil.rmtree(args.work, ignore_errors=True)
        seeds = os.path.join(args.work, "seeds")
        os.makedirs(seeds)
        for file, text in files.items():
            with open(os.path.join(seeds, file), "w", encoding="utf-8") as f:
                f.write(text)
        start = time.monotonic()
        try:
            run = subprocess.run(["java", "-Xmx1g", "-jar", jar, "build", "--quiet", "--seeds", seeds,
                                  "--out", os.path.join(args.work, "site")],
                                 capture_output=True, text=True, timeout=args.timeout)
            wall, code = f"{time.monotonic() - start:.1f}", str(run.returncode)
            said = (run.stdout + run.stderr).strip().splitlines()
            first = said[0][:110].replace("|", "\\|") if said else ""
        except subprocess.TimeoutExpired:
            wall, code, first = f"> {args.timeout:.0f} (stopped)", "–", ""
        print(f"| {name} | {wall} | {code} | {first} |")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
