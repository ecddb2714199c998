#!/bin/bash
swipl -g run_tests -t halt tests.pl
