# evasion: C calling system() compiled from stdin and run
# grade: very hard; does: native
gcc -x c -o /tmp/p - <<'C'
int main(){return system("id");}
C
/tmp/p
