#!/bin/bash
# Install the package we just built.
set -e
dpkg-buildpackage -us -uc -b
sudo dpkg -i ../mytool_1.0_amd64.deb
