#!/bin/bash
# Reverse a word letter by letter with fold, tac and paste.
reverse_word() {
    printf '%s' "$1" | fold -w1 | tac | paste -sd ''
}

[ "$(reverse_word abc)" = cba ] || { echo fail1; exit 1; }
[ "$(reverse_word racecar)" = racecar ] || { echo fail2; exit 1; }
[ "$(reverse_word rm)" = mr ] || { echo fail3; exit 1; }
echo ok
