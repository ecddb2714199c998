#!/usr/bin/env bash
# encode_shift / decode_shift: Caesar shift by five letters, done with tr.
encode_shift() {
	tr 'a-z' 'f-za-e' <<<"$1"
}

decode_shift() {
	tr 'f-za-e' 'a-z' <<<"$1"
}

# a one-letter shift in both directions, like the rot-1 puzzle
rot1() {
	tr 'a-y' 'b-z' <<<"$1"
}

unrot1() {
	tr 'b-z' 'a-y' <<<"$1"
}

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

[[ "$(encode_shift abc)" == fgh ]] || fail "encode abc"
[[ "$(encode_shift xyz)" == cde ]] || fail "encode xyz"
[[ "$(decode_shift fgh)" == abc ]] || fail "decode fgh"
[[ "$(rot1 hal)" == ibm ]] || fail "rot1 hal"
[[ "$(unrot1 ibm)" == hal ]] || fail "unrot1 ibm"

for _ in $(seq 1 20); do
	word=$(head -c 64 /dev/urandom | tr -dc 'a-z' | head -c 12)
	[[ "$(decode_shift "$(encode_shift "$word")")" == "$word" ]] || fail "round trip $word"
done
echo "ok"
