#!/usr/bin/env bash
# Write the workshop shell settings that keep the window title on the current folder.
title() { printf '%s' 'printf "\033]0;%s\007" "$PWD"'; }
printf 'export PROMPT_COMMAND=%q\n' "$(title)" > workshop.env
