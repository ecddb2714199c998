# evasion: __import__ with a literal name
# grade: medium; does: shell
__import__("os").system("id")
