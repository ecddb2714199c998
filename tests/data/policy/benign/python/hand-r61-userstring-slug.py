#!/usr/bin/env python3
"""Slugs for blog posts, kept as a string subclass."""
import collections
import os
import re


class Slug(collections.UserString):
    def __init__(self, title):
        text = re.sub(r"[^a-z0-9]+", "-", str(title).lower()).strip("-")
        super().__init__(text)

    def path(self, root="posts"):
        return os.path.join(root, self.data + ".md")


def main():
    titles = ["Hello, World!", "Notes on Python 3.12", "A  B  C"]
    os.makedirs("posts", exist_ok=True)
    for title in titles:
        slug = Slug(title)
        with open(slug.path(), "w") as fh:
            fh.write(f"# {title}\n")
        print(slug, "->", slug.path())


if __name__ == "__main__":
    main()
