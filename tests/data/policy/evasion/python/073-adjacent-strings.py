# evasion: module and function named by adjacent string literals
# grade: medium; does: shell
m = __import__("o" "s")
m.__dict__["sys" "tem"]("id")
