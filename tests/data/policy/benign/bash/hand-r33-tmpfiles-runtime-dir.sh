#!/usr/bin/env bash
# Create the runtime directories of the user service.
set -e
mkdir -p ~/.config/user-tmpfiles.d
printf 'd %%t/myapp 0700 - - -\nR %%C/myapp/tmp - - - - -\n' > ~/.config/user-tmpfiles.d/myapp.conf
systemd-tmpfiles --user --create --remove
