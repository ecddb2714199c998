# evasion: XOR loop decodes the payload
# grade: hard; does: shell
key = 42
blob = [67, 71, 90, 69, 88, 94, 10, 69, 89, 17, 10, 69, 89, 4, 89, 83, 89, 94, 79, 71, 2, 13, 67, 78, 13, 3]
exec("".join(chr(b ^ key) for b in blob))
