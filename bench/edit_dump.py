#!/usr/bin/env python3
"""Edits one dump as an editor fixing a typo would: a sentence is added to its longest paragraph.

Usage: edit_dump.py DUMP LABEL

The dump is read as the data it is (ast.literal_eval, never eval) and written back in the scraper's own form
(str() of the list). The new text goes to a new file moved over the old one, so a dump that is a hard link into
a shared archive (bench/incremental-scale.sh) leaves the shared copy as it was.
"""

import ast
import os
import sys


def main():
    path, label = sys.argv[1], sys.argv[2]
    with open(path, encoding='utf-8') as f:
        paragraphs = ast.literal_eval(f.read())
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    paragraphs[longest] += f' (Corrected, edit {label}.)'
    with open(path + '.new', 'w', encoding='utf-8') as f:
        f.write(str(paragraphs))
    os.replace(path + '.new', path)


if __name__ == '__main__':
    main()
