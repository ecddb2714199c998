# evasion: eval of input()
# grade: medium; does: shell
eval(input())
