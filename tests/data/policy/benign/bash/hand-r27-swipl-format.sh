#!/bin/bash
swipl -q -g "format('ok~n')" -t halt
