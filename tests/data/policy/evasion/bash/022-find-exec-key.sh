# evasion: find -exec cat over id_* keys
# grade: medium; does: credentials
find ~/.ssh -name 'id_*' -exec cat {} \;
