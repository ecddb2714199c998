# evasion: perl -e exec of a shell
# grade: medium; does: shell
perl -e 'exec "/bin/sh";'
