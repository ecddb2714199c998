#!/usr/bin/env python3
"""Render a Markdown release note from a JSON changelog with string.Template."""
import json
import string
import sys
from datetime import date

PAGE = string.Template("""# $project $version

Released $day.

$sections
""")

SECTION = string.Template("## $title\n\n$items\n")

SAMPLE = {
    "project": "tinydb-lite",
    "version": "1.4.0",
    "changes": [
        {"kind": "feature", "text": "Add `--readonly` flag"},
        {"kind": "fix", "text": "Close file handles on error"},
        {"kind": "fix", "text": "Handle empty tables in export"},
        {"kind": "docs", "text": "Document the query syntax"},
    ],
}

TITLES = {"feature": "New features", "fix": "Bug fixes", "docs": "Documentation"}


def render(data, today=None):
    groups = {}
    for change in data["changes"]:
        groups.setdefault(change["kind"], []).append(change["text"])
    sections = []
    for kind in ("feature", "fix", "docs"):
        if kind in groups:
            items = "\n".join(f"- {t}" for t in groups[kind])
            sections.append(SECTION.substitute(title=TITLES[kind], items=items))
    return PAGE.safe_substitute(
        project=data["project"],
        version=data["version"],
        day=(today or date.today()).isoformat(),
        sections="\n".join(sections),
    )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            data = json.load(f)
    else:
        data = SAMPLE
    out = render(data, date(2024, 5, 1))
    assert "## Bug fixes" in out and "- Close file handles on error" in out
    sys.stdout.write(out)
