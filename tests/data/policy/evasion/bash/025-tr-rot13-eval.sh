# evasion: rot13 through tr into eval
# grade: hard; does: shell
eval "$(echo 'vq; fu -v' | tr 'A-Za-z' 'N-ZA-Mn-za-m')"
