# evasion: the dynamic loader runs a binary
# grade: hard; does: native
/lib64/ld-linux-x86-64.so.2 /tmp/payload
