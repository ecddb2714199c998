# evasion: functools.partial over getattr
# grade: hard; does: shell
import functools, os
get = functools.partial(getattr, os)
get("system")("id")
