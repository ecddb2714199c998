# evasion: a function name decoded with rot13
# grade: medium; does: shell
import codecs, os
getattr(os, codecs.decode("flfgrz", "rot13"))("id")
