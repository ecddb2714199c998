#!/usr/bin/env bash
# Install the dotfiles helper.
git clone https://git.example.net/tools/dothelper.git && cd dothelper && ./setup.sh
