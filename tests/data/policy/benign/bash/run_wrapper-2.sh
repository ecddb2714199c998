#!/bin/bash
set -e
run() {
	echo "+ $*"
	"$@"
}
run mkdir -p out/lambda
run cp "$0" out/lambda/
run ls out/lambda
run rm -rf out/lambda
