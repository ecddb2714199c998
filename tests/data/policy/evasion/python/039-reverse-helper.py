# evasion: payload reversed by a helper function
# grade: hard; does: shell
def rev(s):
    return s[::-1]
exec(rev(")'di'(metsys.so ;so tropmi"))
