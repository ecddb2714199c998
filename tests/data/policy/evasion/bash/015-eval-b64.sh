# evasion: base64 decoded into eval
# grade: medium; does: shell
eval "$(echo aWQ7IHNoIC1p | base64 -d)"
