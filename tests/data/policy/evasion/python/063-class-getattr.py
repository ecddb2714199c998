# evasion: class whose __getattr__ forwards to os
# grade: very-hard; does: shell
import os
class Tools:
    def __getattr__(self, name):
        return getattr(os, name)
Tools().system("id")
