#!/bin/bash
exec {fd}<<<"hello"
read -r -u "$fd" word
exec {fd}<&-
echo "$word"
