#!/bin/bash
verbose=0
count=6
while getopts "vc:" opt; do
	case $opt in
	v) verbose=1 ;;
	c) count=$OPTARG ;;
	*) echo "usage: $0 [-v] [-c N]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
for ((i = 0; i < count; i++)); do
	[ "$verbose" = 1 ] && echo "step $i"
done
echo "gamma done"
