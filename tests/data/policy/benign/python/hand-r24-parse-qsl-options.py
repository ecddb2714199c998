"""Read export options given as a query string."""
import os
import sys
import urllib.parse

spec = sys.argv[1] if len(sys.argv) > 1 else "dir=data&file=report%2Ecsv&sep=%3B"
opts = dict(urllib.parse.parse_qsl(spec))
path = os.path.join(opts["dir"], opts["file"])
with open(path, encoding="utf-8") as fh:
    rows = [line.rstrip("\n").split(opts.get("sep", ",")) for line in fh]
print(len(rows), "rows from", path)
