#!/bin/bash
# Encode and decode a string with uuencode and check the round trip.
roundtrip() {
    printf '%s' "$1" | uuencode -m data | uudecode -o /dev/stdout
}

[ "$(roundtrip hello)" = hello ] || { echo fail1; exit 1; }
[ "$(roundtrip 'two words')" = 'two words' ] || { echo fail2; exit 1; }
echo ok
