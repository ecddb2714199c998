# evasion: module picked from a list by index
# grade: medium; does: shell
mods = ["json", "math", "os", "re"]
m = __import__(mods[2])
m.system("id")
