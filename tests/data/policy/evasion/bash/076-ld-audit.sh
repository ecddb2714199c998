# evasion: LD_AUDIT loads a library into a program
# grade: hard; does: native
LD_AUDIT=/tmp/x.so ls
