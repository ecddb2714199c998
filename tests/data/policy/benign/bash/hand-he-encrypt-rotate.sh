#!/usr/bin/env bash
# encrypt: rotate the alphabet down by two multiplied to two places (a shift of four).
# The shifted alphabet is sliced from one built by brace expansion.
printf -v lower '%s' {a..z}

encrypt() {
	local shift=$((2 * 2))
	local rotated=${lower:shift}${lower:0:shift}
	tr "$lower" "$rotated" <<<"$1"
}

decrypt() {
	local shift=$((2 * 2))
	local rotated=${lower:shift}${lower:0:shift}
	tr "$rotated" "$lower" <<<"$1"
}

check() {
	local got
	got=$(encrypt "$1")
	if [[ $got != "$2" ]]; then
		echo "FAIL encrypt($1) = $got, want $2" >&2
		exit 1
	fi
}

check hi lm
check asdfghjkl ewhjklnop
check gf kj
check et ix
check faewfawefaewg jeiajeaijeiak
check hellomyfriend lippsqcjvmirh
check a e
[[ $(decrypt "$(encrypt dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh)") == dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh ]] || {
	echo "FAIL round trip" >&2
	exit 1
}
echo ok
