#!/bin/bash
# Strip trailing whitespace in the config files.
VIMINIT='set nocompatible' vim -Es +'bufdo %s/\s\+$//e | update' +q ./*.conf
