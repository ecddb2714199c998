#!/bin/bash
# Show the failed units without a pager, then the journal with less
set -u
SYSTEMD_PAGER=cat systemctl --failed --no-legend
SYSTEMD_PAGER='less -FRX' journalctl -b -p err -n 50
