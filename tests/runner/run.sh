#!/usr/bin/env bash
# The test runner's own test: tests/run-all.sh --suites-only on a fake build
# whose suites are stubs printing criterion's closing line. A crash must
# count as a failure and be named, a missing or non-executable suite must be
# reported and counted, and the run must exit non-zero; a build whose suites
# all pass must exit 0; the cgroup v2 run's counts are added, and it fails
# the run when required but impossible. Run by tests/run-all.sh; takes a
# few seconds.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d /tmp/airlock-runner.XXXXXX)
trap 'rm -rf "$dir"' EXIT
bad=0

stub() { # path, exit status, then the lines it prints
	local path=$1 rc=$2
	shift 2
	mkdir -p "$(dirname "$path")"
	{
		echo '#!/bin/sh'
		for l in "$@"; do printf "printf '%%s\\\\n' '%s'\n" "$l"; done
		echo "exit $rc"
	} >"$path"
	chmod +x "$path"
}
synthesis() { # tested passing failing crashing
	echo "[====] Synthesis: Tested: $1 | Passing: $2 | Failing: $3 | Crashing: $4 "
}
expect() { # what, then a command that must succeed
	local what=$1
	shift
	"$@" || {
		echo "runner: FAIL: $what"
		bad=1
	}
}

# A build with every kind of trouble.
b=$dir/broken
stub "$b/tests/unit" 1 "[----] unit.c:3: Assertion Failed" "[FAIL] unit::slow: (1.20s)" \
	"[FAIL] unit::stuck: Timed out. (90.21s)" "$(synthesis 4 2 2 0)"
# criterion 2.4: a test that crashed is counted under Failing and Crashing,
# one that crashed in its teardown under Passing
stub "$b/tests/e2e" 1 "[----] e2e.c:12: Unexpected signal caught below this line!" \
	"[FAIL] e2e::boom: CRASH!" \
	"[----] Warning! The test \`e2e::fini\` crashed during its setup or teardown." \
	"$(synthesis 4 3 1 1)"
# adversarial: missing
# a crash counted under Crashing only, and an exit status that does not
# tell: the count alone must fail the run
stub "$b/tests/suite-leaks" 0 "[FAIL] leaks::gone: CRASH!" "$(synthesis 2 1 0 1)"
# present but not executable
stub "$b/tests/suite-server" 0 "$(synthesis 1 1 0 0)"
chmod -x "$b/tests/suite-server"

out=$(AIRLOCK_V2=0 "$top/tests/run-all.sh" --suites-only "$b" 2>&1)
rc=$?
expect "a broken build exits non-zero (exit $rc)" [ "$rc" -ne 0 ]
expect "5 passed, 7 failed" grep -qx '5 passed, 7 failed' <<<"$out"
# the failures again at the end, just above the counts
tail=$(sed -n '/^failed:$/,$p' <<<"$out")
expect "the failures are listed at the end" [ "$(tail -1 <<<"$tail")" = '5 passed, 7 failed' ]
r=$([ "$(id -u)" = 0 ] && echo ' (root)')
for f in "unit$r: unit::slow failed" "unit$r: unit::stuck failed" "e2e$r: e2e::boom crashed" "e2e$r: e2e::fini crashed" \
	"suite-leaks: leaks::gone crashed" "adversarial is missing ($b/tests/adversarial)"; do
	expect "the end names: $f" grep -qxF "  $f" <<<"$tail"
done
expect "the crash in e2e is named" grep -q '^!! e2e.*: e2e::boom crashed' <<<"$out"
expect "the crash in e2e's teardown is named" grep -q '^!! e2e.*: e2e::fini crashed' <<<"$out"
expect "the crash in suite-leaks is named" grep -q '^!! suite-leaks: leaks::gone crashed' <<<"$out"
expect "the missing suite is named" \
	grep -qxF "!! adversarial is missing ($b/tests/adversarial)" <<<"$out"
expect "the non-executable suite is named" \
	grep -qxF "!! suite-server is missing ($b/tests/suite-server)" <<<"$out"
expect "only the suites ran" [ "$(grep -c '^== ' <<<"$out")" -eq 3 ]

# A build whose suites all pass.
g=$dir/good
for s in unit e2e adversarial suite-leaks suite-server; do
	stub "$g/tests/$s" 0 "$(synthesis 2 2 0 0)"
done
out2=$(AIRLOCK_V2=0 "$top/tests/run-all.sh" --suites-only "$g" 2>&1)
rc=$?
expect "a good build exits 0 (exit $rc)" [ "$rc" -eq 0 ]
expect "a good build lists no failures" [ -z "$(grep -x 'failed:' <<<"$out2")" ]
expect "10 passed, 0 failed" grep -qx '10 passed, 0 failed' <<<"$out2"

# The cgroup v2 run (a stub of tests/vm/run-v2.sh): its counts are added,
# and when it is required (AIRLOCK_V2=1, or CI=true) a machine that cannot
# run it (exit 77) is a failure.
v2() { # what, exit status, expected closing line, the stub's lines; env from V2ENV
	local what=$1 rc=$2 want=$3 o r
	shift 3
	stub "$dir/v2-$rc" "$rc" "$@"
	# shellcheck disable=SC2086
	o=$(env -u CI -u AIRLOCK_V2 $V2ENV AIRLOCK_V2_SCRIPT="$dir/v2-$rc" \
		"$top/tests/run-all.sh" --suites-only "$g" 2>&1)
	r=$?
	expect "v2 $what: $want (got: $(tail -1 <<<"$o"))" grep -qx "$want" <<<"$o"
	case $want in
	*' 0 failed') expect "v2 $what: exit 0 (exit $r)" [ "$r" -eq 0 ] ;;
	*) expect "v2 $what: exit non-zero" [ "$r" -ne 0 ] ;;
	esac
	out3=$o
}
V2ENV=AIRLOCK_V2=1 v2 "passing" 0 '13 passed, 0 failed' "v2: 3 passed, 0 failed"
V2ENV=AIRLOCK_V2=1 v2 "failing" 1 '12 passed, 1 failed' "[FAIL] limits::oom: (2.00s)" "v2: 2 passed, 1 failed"
expect "v2 failing: the test is named at the end" grep -qxF "  cgroup v2: limits::oom failed" <<<"$out3"
V2ENV=AIRLOCK_V2=1 v2 "exit without a count" 3 '12 passed, 1 failed' "v2: 2 passed, 0 failed"
V2ENV=AIRLOCK_V2=1 v2 "cannot run" 77 '10 passed, 1 failed' "!! v2: cannot run the cgroup v2 VM here: test"
expect "v2 cannot run: said so" grep -q '^!! cgroup v2 run could not run' <<<"$out3"
V2ENV=CI=true v2 "cannot run, CI" 77 '10 passed, 1 failed' "!! v2: cannot run the cgroup v2 VM here: test"
V2ENV="CI=true AIRLOCK_V2=0" v2 "off in CI" 77 '10 passed, 0 failed' "unused"
expect "v2 off in CI: says skipped" grep -q '^!! cgroup v2 run skipped' <<<"$out3"
V2ENV= v2 "not asked" 77 '10 passed, 0 failed' "unused"
expect "v2 not asked: not run" grep -q '^-- cgroup v2 run' <<<"$out3"

# The VM runs alongside the suites: it has begun before the first suite
# runs (that suite waits up to 10 s for it), and its counts still come in
# when it ends after the last.
c=$dir/alongside
for s in unit e2e adversarial suite-leaks suite-server; do
	stub "$c/tests/$s" 0 "$(synthesis 2 2 0 0)"
done
cat >"$c/tests/unit" <<EOF
#!/bin/sh
for i in \$(seq 100); do [ -e "$dir/v2-began" ] && break; sleep 0.1; done
[ -e "$dir/v2-began" ] && echo '$(synthesis 1 1 0 0)' || echo '$(synthesis 1 0 1 0)'
EOF
cat >"$dir/v2-slow" <<EOF
#!/bin/sh
touch "$dir/v2-began"
sleep 1
echo 'v2: 3 passed, 0 failed'
EOF
chmod +x "$dir/v2-slow"
o=$(env -u CI AIRLOCK_V2=1 AIRLOCK_V2_SCRIPT="$dir/v2-slow" "$top/tests/run-all.sh" --suites-only "$c" 2>&1)
expect "v2 alongside: 12 passed, 0 failed (got: $(tail -1 <<<"$o"))" grep -qx '12 passed, 0 failed' <<<"$o"

if [ "$bad" -ne 0 ]; then
	echo "runner: the output of run-all.sh on the broken build was:"
	sed 's/^/    /' <<<"$out"
	echo "runner: and on the good build:"
	sed 's/^/    /' <<<"$out2"
	exit 1
fi
echo "runner: ok"
