# Ordinary program: builds the project's Markdown docs into HTML in ./_site
# (removing the previous ./_site first) and opens the index in the browser.
import html
import os
import pathlib
import shutil
import sys
import webbrowser

SRC = pathlib.Path("docs")
OUT = pathlib.Path("_site")


def md_to_html(text):
    lines = []
    for line in text.splitlines():
        if line.startswith("# "):
            lines.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            lines.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.strip():
            lines.append(f"<p>{html.escape(line)}</p>")
    return "\n".join(lines)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    pages = []
    for md in sorted(SRC.glob("*.md")):
        dest = OUT / (md.stem + ".html")
        dest.write_text(md_to_html(md.read_text(encoding="utf-8")), encoding="utf-8")
        pages.append(dest.name)
    index = "".join(f'<li><a href="{p}">{p}</a></li>' for p in pages)
    (OUT / "index.html").write_text(f"<ul>{index}</ul>", encoding="utf-8")
    return len(pages)


def main():
    n = build()
    print(f"built {n} pages into {OUT}/")
    if "--open" in sys.argv:
        webbrowser.open((OUT / "index.html").resolve().as_uri())
    return 0


if __name__ == "__main__":
    sys.exit(main())
