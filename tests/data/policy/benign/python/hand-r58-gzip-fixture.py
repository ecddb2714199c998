import gzip

BLOB = gzip.compress(b"hello fixture", mtime=0)
print(gzip.decompress(BLOB).decode())
