#!/usr/bin/env python3
"""Writes the Hugo peer of a `pmo sample` folder: the same Markdown narratives (portfolio,
programs, projects, change requests) and status reports as plain Hugo pages with a trivial
layout. Front matter is reduced to a title (Hugo has no use for pmo's fields); the Markdown
bodies are copied byte for byte.

    benchmarks/hugo_site.py SAMPLE_DIR HUGO_DIR

Pages land where pmo puts them: projects/<id>/, projects/<id>/status/<date>/, programs/<id>/.
A project folder becomes a branch bundle (`_index.md`) so its status reports are pages.
"""
import os
import shutil
import sys


def split(text):
    """(front matter, body) of a pmo Markdown file."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[4:end], text[end + 5:]
    return "", text


def title_of(front, fallback):
    for line in front.splitlines():
        if line.startswith("name:") or line.startswith("title:"):
            value = line.split(":", 1)[1].strip()
            return value.strip('"')
    return fallback


def page(title, body):
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    return f'---\ntitle: "{escaped}"\n---\n{body}'


def main(sample, out):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "layouts", "_default"))
    with open(os.path.join(out, "config.toml"), "w") as f:
        f.write('baseURL = "/"\ntitle = "Hugo peer"\n'
                'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
                '[markup.goldmark.renderer]\nunsafe = false\n')
    layout = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n'
              '<body><main><h1>{{ .Title }}</h1>\n{{ .Content }}\n</main></body></html>\n')
    for name in ("single.html", "list.html"):
        with open(os.path.join(out, "layouts", "_default", name), "w") as f:
            f.write(layout)
    content = os.path.join(sample, "content")
    pages = 0
    for root, _, files in os.walk(content):
        for name in files:
            if not name.endswith(".md"):
                continue
            source = os.path.join(root, name)
            rel = os.path.relpath(source, content)
            with open(source, encoding="utf-8") as f:
                front, body = split(f.read())
            parts = rel.split(os.sep)
            if name == "index.md":
                # projects/<id>/index.md and programs/<id>/index.md: branch bundles.
                target = os.path.join(*parts[:-1], "_index.md")
            else:
                target = rel
            title = title_of(front, os.path.splitext(name)[0])
            dest = os.path.join(out, "content", target)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w", encoding="utf-8") as f:
                f.write(page(title, body))
            pages += 1
    print(f"{pages} Markdown pages → {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
