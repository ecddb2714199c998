# evasion: lua -e os.execute
# grade: easy; does: shell
lua -e 'os.execute("id")'
