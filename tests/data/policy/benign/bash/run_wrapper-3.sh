#!/bin/bash
set -e
run() {
	echo "+ $*"
	"$@"
}
run mkdir -p out/zeta
run cp "$0" out/zeta/
run ls out/zeta
run rm -rf out/zeta
