#!/usr/bin/env bash
# Ordinary: backs up the editor and shell settings. It changes into
# ~/.config, logs, then archives nvim/init.lua and git/ignore (two levels
# down, none of them credentials) and copies the archive to a USB disk;
# a later cd - and popd undo directory changes before reading "config".
set -eu
cd ~/.config
echo "backing up"
tar czf /tmp/dotfiles.tgz nvim/init.lua git/ignore fish/config.fish
cp /tmp/dotfiles.tgz /media/usb/backup/
cd ~/.kube
cd -
cat config 2>/dev/null || true
pushd ~/.docker > /dev/null
popd > /dev/null
ls config.json 2>/dev/null || true
