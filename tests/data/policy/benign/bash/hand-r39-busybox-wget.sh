#!/bin/sh
busybox wget -q -O /tmp/index.html http://boot.example-img.org/
busybox sh -c 'echo ready'
