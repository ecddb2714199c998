#@ pos octal setuid
import os
os.chmod("/tmp/x", 0o4755)
#@ pos stat flags
import os, stat
os.chmod("x", stat.S_ISUID | 0o755)
#@ pos setgid
from os import chmod
chmod("y", 0o2755)
#@ neg ordinary modes
import os
os.chmod("x", 0o755)
os.chmod("y", 0o644)
