# evasion: module name from chr codes
# grade: medium; does: shell
name = "".join(chr(c) for c in [111, 115])
__import__(name).system("id")
