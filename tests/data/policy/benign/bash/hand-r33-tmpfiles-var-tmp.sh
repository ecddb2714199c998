#!/usr/bin/env bash
# Clean the build scratch directories.
set -e
printf 'R /var/tmp/myapp-build-*\nD /run/myapp 0755 root root -\n' | sudo tee /etc/tmpfiles.d/myapp.conf >/dev/null
sudo systemd-tmpfiles --remove /etc/tmpfiles.d/myapp.conf
