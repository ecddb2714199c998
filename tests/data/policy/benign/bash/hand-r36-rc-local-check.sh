#!/usr/bin/env bash
# Report whether rc.local is in use.
if [[ -x /etc/rc.local ]]; then
  grep -v '^#' /etc/rc.local
fi
