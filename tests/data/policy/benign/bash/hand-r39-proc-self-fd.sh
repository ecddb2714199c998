#!/bin/bash
exec {h}<<'DATA'
alpha 1
beta 2
DATA
sort -k2 "/proc/self/fd/$h"
