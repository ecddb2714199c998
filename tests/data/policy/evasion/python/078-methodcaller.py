# evasion: operator.methodcaller calls os.system
# grade: hard; does: shell
import operator, os
operator.methodcaller("system", "id")(os)
