#!/bin/bash
set -e
run() {
	echo "+ $*"
	"$@"
}
run mkdir -p out/alpha
run cp "$0" out/alpha/
run ls out/alpha
run rm -rf out/alpha
