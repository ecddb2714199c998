# evasion: f-string builds the module name
# grade: medium; does: shell
a, b = "o", "s"
__import__(f"{a}{b}").system("id")
