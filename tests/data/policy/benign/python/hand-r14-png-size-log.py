# Ordinary: reads the width and height of the PNG images of a directory (from
# their headers) and ships its progress log records to the team's log
# collector with logging.handlers.HTTPHandler.
import logging
import logging.handlers
import os
import struct
import sys
from pathlib import Path

log = logging.getLogger("thumbs")


def setup():
    log.setLevel(logging.INFO)
    log.addHandler(logging.StreamHandler(sys.stderr))
    host = os.environ.get("LOG_COLLECTOR", "logs.internal.example.com")
    log.addHandler(logging.handlers.HTTPHandler(host, "/ingest", method="POST"))


def png_size(path):
    with open(path, "rb") as fh:
        head = fh.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def scan(root):
    sizes = {}
    for path in sorted(Path(root).glob("*.png")):
        dims = png_size(path)
        if dims is None:
            log.warning("not a PNG: %s", path.name)
            continue
        sizes[path.name] = dims
        log.info("%s is %dx%d", path.name, *dims)
    return sizes


def main(root="."):
    setup()
    sizes = scan(root)
    large = [n for n, (w, h) in sizes.items() if w * h > 4_000_000]
    log.info("scanned %d images, %d larger than 4 MP", len(sizes), len(large))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
