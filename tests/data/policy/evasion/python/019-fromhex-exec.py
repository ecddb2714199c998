# evasion: bytes.fromhex into exec
# grade: medium; does: shell
payload = bytes.fromhex("696d706f7274206f733b206f732e73797374656d282769642729")
exec(payload.decode())
