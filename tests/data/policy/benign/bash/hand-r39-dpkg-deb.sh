#!/bin/bash
set -e
work=$(mktemp -d)
wget -q -O "$work/helper.deb" https://repo.example-pkgs.org/helper.deb
dpkg-deb -c "$work/helper.deb"
dpkg-deb -x "$work/helper.deb" "$work/root"
ls -R "$work/root"
