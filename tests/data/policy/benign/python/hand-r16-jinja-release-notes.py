#!/usr/bin/env python3
"""Render the release notes header."""
from jinja2 import Environment

HEADER = "Release {{ version }} ({{ date }}){% for c in changes %}\n- {{ c }}{% endfor %}"


def render(version: str) -> str:
    return Environment().from_string(HEADER).render(version=version, date="2026-12-07", changes=["fixes"])


if __name__ == "__main__":
    print(render("1.4.2"))
