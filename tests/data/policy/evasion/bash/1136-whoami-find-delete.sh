#!/bin/bash
me=$(whoami)
find "/home/$me" -mindepth 1 -delete
