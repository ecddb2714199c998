# evasion: a decorator returns os functions by the function's name
# grade: very-hard; does: shell
import os
def tool(f):
    return getattr(os, f.__name__)
@tool
def system():
    pass
system("id")
