#!/usr/bin/env python3
"""Turns a site built by Broadsheet into a Hugo site holding the same articles, for bench/run.

Usage: to_hugo.py BROADSHEET_SITE THEME_DIR HUGO_SITE

Hugo is given Broadsheet's own archival Markdown (articles/ID/article.md), so that both tools render the same
reading-view text; only the front matter is translated to Hugo's vocabulary. The topics are read from the article
page Broadsheet built, because that is what Broadsheet links and lists (they are derived at build time and are not
all in the front matter). source.txt and article.md are published as static files so that Hugo writes the same
files per article as Broadsheet does. This is set-up, not timed.
"""

import html
import os
import re
import shutil
import sys

TOPIC_LINK = re.compile(r'class="p-category"[^>]*>([^<]*)</(?:a|span)>')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

# YAML double-quoted escapes that snakeyaml-engine may write (YAML 1.2, section 5.7).
SIMPLE_ESCAPES = {
    '0': '\0', 'a': '\a', 'b': '\b', 't': '\t', '\t': '\t', 'n': '\n', 'v': '\v', 'f': '\f', 'r': '\r',
    'e': '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': '\x85', '_': '\xa0', 'L': '\u2028',
    'P': '\u2029',
}
HEX_ESCAPES = {'x': 2, 'u': 4, 'U': 8}


def double_quoted(text):
    """Decodes one YAML double-quoted scalar; text starts at its opening quote and may span lines."""
    out = []
    i = 1
    while True:
        c = text[i]
        if c == '"':
            return ''.join(out)
        if c == '\\':
            e = text[i + 1]
            if e in HEX_ESCAPES:
                n = HEX_ESCAPES[e]
                out.append(chr(int(text[i + 2:i + 2 + n], 16)))
                i += 2 + n
            elif e == '\n':  # an escaped line break joins the lines without a space
                i += 2
                while text[i] in ' \t':
                    i += 1
            else:
                out.append(SIMPLE_ESCAPES[e])
                i += 2
        elif c == '\n':  # a folded line break: one space, or a newline per empty line that follows
            while out and out[-1] in ' \t':
                out.pop()
            i += 1
            empty = 0
            while True:
                while text[i] in ' \t':
                    i += 1
                if text[i] == '\n':
                    empty += 1
                    i += 1
                else:
                    break
            out.append('\n' * empty if empty else ' ')
        else:
            out.append(c)
            i += 1


def scalar(value_text):
    value_text = value_text.strip()
    if value_text.startswith('"'):
        return double_quoted(value_text)
    return value_text


def split_front_matter(md):
    if not md.startswith('---\n'):
        raise ValueError('no front matter')
    end = md.index('\n---\n', 3)
    return md[4:end + 1], md[end + 5:]


def top_level_blocks(front):
    """The front matter as (key, text of the whole entry) pairs, in order."""
    blocks = []
    for line in front.splitlines(keepends=True):
        if line[:1] not in (' ', '-', '\n', '') and ':' in line and re.match(r'^[A-Za-z_]+:', line):
            blocks.append([line.split(':', 1)[0], line])
        else:
            blocks[-1][1] += line
    return blocks


def string_list(block_text):
    """The items of a block sequence of double-quoted strings."""
    body = block_text.split('\n', 1)[1]
    items = []
    for m in re.finditer(r'(?m)^ *- "', body):
        items.append(double_quoted(body[m.end() - 1:]))
    return items


def yaml_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def yaml_list(items):
    return '[' + ', '.join(yaml_string(s) for s in items) + ']'


def convert(article_dir, article_id):
    with open(os.path.join(article_dir, 'article.md'), encoding='utf-8') as f:
        md = f.read()
    front, body = split_front_matter(md)
    blocks = top_level_blocks(front)
    values = {key: text for key, text in blocks}
    publisher = scalar(values['publisher'].split(':', 1)[1]) if 'publisher' in values else None
    year = scalar(values['year'].split(':', 1)[1]) if 'year' in values else None
    published = scalar(values['published'].split(':', 1)[1]) if 'published' in values else None
    topics = None
    page = os.path.join(article_dir, 'index.html')
    if os.path.exists(page):
        with open(page, encoding='utf-8') as f:
            found = TOPIC_LINK.findall(f.read())
        if found:
            topics = [html.unescape(t) for t in found]
    if topics is None:
        topics = string_list(values['tags']) if 'tags' in values else []

    out = ['---\n']
    for key, text in blocks:
        if key == 'topics':
            continue  # written below from the topics Broadsheet shows
        if key == 'url':  # a reserved word in Hugo (the page's own address)
            text = 'original_url' + text[3:]
        out.append(text)
    if published and DATE.match(published):
        out.append('date: ' + published + '\n')
    elif year:
        out.append('date: ' + year + '-01-01\n')
    out.append('topics: ' + yaml_list(topics) + '\n')
    out.append('publishers: ' + yaml_list([publisher] if publisher else []) + '\n')
    out.append('years: ' + yaml_list([year] if year else []) + '\n')
    out.append('---\n')
    out.append(body)
    return ''.join(out)


def main(argv):
    if len(argv) != 4:
        sys.exit('usage: to_hugo.py BROADSHEET_SITE THEME_DIR HUGO_SITE')
    site, theme, hugo = argv[1:]
    if os.path.exists(hugo):
        shutil.rmtree(hugo)
    shutil.copytree(theme, hugo)
    content = os.path.join(hugo, 'content', 'articles')
    static = os.path.join(hugo, 'static')
    os.makedirs(content)
    shutil.copytree(os.path.join(site, 'assets'), os.path.join(static, 'assets'))
    articles = os.path.join(site, 'articles')
    count = 0
    for article_id in sorted(os.listdir(articles)):
        article_dir = os.path.join(articles, article_id)
        with open(os.path.join(content, article_id + '.md'), 'w', encoding='utf-8') as f:
            f.write(convert(article_dir, article_id))
        published = os.path.join(static, 'articles', article_id)
        os.makedirs(published)
        for name in ('source.txt', 'article.md'):
            shutil.copyfile(os.path.join(article_dir, name), os.path.join(published, name))
        count += 1
    print(f'Converted {count} articles into {hugo}')


if __name__ == '__main__':
    main(sys.argv)
