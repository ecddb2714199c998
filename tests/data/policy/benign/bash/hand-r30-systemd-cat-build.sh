#!/bin/bash
systemd-cat -t nightly-build make -j4 all
journalctl -t nightly-build -n 20 --no-pager
