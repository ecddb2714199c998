# evasion: LD_PRELOAD of a library
# grade: easy; does: native
LD_PRELOAD=/tmp/libx.so ls
