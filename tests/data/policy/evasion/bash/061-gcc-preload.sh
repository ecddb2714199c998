# evasion: build a shared object and preload it
# grade: very-hard; does: native
gcc -shared -fPIC -o /tmp/x.so /tmp/x.c
LD_PRELOAD=/tmp/x.so /bin/true
