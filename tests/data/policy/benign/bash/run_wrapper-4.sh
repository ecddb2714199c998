#!/bin/bash
set -e
run() {
	echo "+ $*"
	"$@"
}
run mkdir -p out/iota
run cp "$0" out/iota/
run ls out/iota
run rm -rf out/iota
