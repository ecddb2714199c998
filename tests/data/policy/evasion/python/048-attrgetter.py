# evasion: operator.attrgetter of system
# grade: hard; does: shell
import operator, os
operator.attrgetter("system")(os)("id")
