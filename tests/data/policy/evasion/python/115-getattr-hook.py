# evasion: a class __getattr__ reverses names into os
# grade: very hard; does: shell
import os
class P:
    def __getattr__(self, n):
        return getattr(os, n[::-1])
P().metsys("id")
