#!/bin/bash
# Show what the zsh login file contains.
if [ -f ~/.zlogin ]; then
  grep -n 'export' ~/.zlogin
fi
