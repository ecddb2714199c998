# evasion: the shell function fetched with getattr and handed to map, never called by name
# grade: medium; does: shell
import os

list(map(getattr(os, "system"), ["id > /tmp/.who"]))
