# evasion: getattr with a loop variable over names
# grade: hard; does: shell
import os
for k in ("x", "system"):
    f = getattr(os, k, None)
f("id")
