# evasion: hand-written rot13 loop
# grade: hard; does: shell
def r(s):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        out += ch
    return out
exec(r("vzcbeg bf; bf.flfgrz('vq')"))
