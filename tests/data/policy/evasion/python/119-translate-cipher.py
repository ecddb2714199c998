# evasion: the function name is shifted by str.maketrans/translate
# grade: hard; does: shell
import os
import string

low = string.ascii_lowercase
name = "vbvwhp".translate(str.maketrans(low[3:] + low[:3], low))
getattr(os, name)("id; uname -a")
