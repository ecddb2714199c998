#!/usr/bin/env bash
# HumanEval 50 variant: encode_shift / decode_shift with a shift of 13,
# done with tr; decode(encode(s)) must give s back.
encode_shift() { tr 'a-z' 'n-za-m' <<<"$1"; }
decode_shift() { tr 'n-za-m' 'a-z' <<<"$1"; }

assert_eq() {
	if [[ "$1" != "$2" ]]; then
		printf 'assertion failed: %q != %q\n' "$1" "$2" >&2
		exit 1
	fi
}

assert_eq "$(encode_shift hello)" uryyb
assert_eq "$(decode_shift uryyb)" hello
assert_eq "$(encode_shift abcxyz)" nopklm
for word in airlock policy sandbox zebra quick; do
	assert_eq "$(decode_shift "$(encode_shift "$word")")" "$word"
done
# random round trips
for _ in $(seq 1 20); do
	s=$(head -c 64 /dev/urandom | tr -dc 'a-z' | head -c 12)
	assert_eq "$(decode_shift "$(encode_shift "$s")")" "$s"
done
echo "encode/decode shift: ok"
