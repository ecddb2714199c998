# evasion: base64 decoded into bash
# grade: easy; does: shell
echo "aWQ=" | base64 -d | bash
