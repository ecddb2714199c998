#!/bin/bash
# Drop the application's cache directory.
cache="$(systemd-path user-state-cache)/myapp"
rm -rf -- "$cache"
