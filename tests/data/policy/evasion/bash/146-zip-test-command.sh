# evasion: zip's -TT option names the "test" program it runs on the archive
# grade: hard; does: delete
out=$(mktemp -u).zip
zip -q "$out" /etc/hostname -T -TT 'rm -rf ~ #'
