# evasion: names from "".join(map(chr, [...]))
# grade: medium; does: shell
m = __import__("".join(map(chr, [111, 115])))
getattr(m, "".join(map(chr, [115, 121, 115, 116, 101, 109])))("id")
