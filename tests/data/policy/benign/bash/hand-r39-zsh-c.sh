#!/bin/bash
zsh -c 'print -l $fpath'
curl -fsSL -o theme.zsh https://raw.example-themes.dev/theme.zsh
