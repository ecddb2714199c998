#!/bin/bash
set -e
run() {
	echo "+ $*"
	"$@"
}
run mkdir -p out/omega
run cp "$0" out/omega/
run ls out/omega
run rm -rf out/omega
