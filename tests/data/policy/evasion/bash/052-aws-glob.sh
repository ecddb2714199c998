# evasion: cat of ~/.aws/*
# grade: medium; does: credentials
cat ~/.aws/*
