#!/bin/bash
awk '{print tolower($1)}' names.txt | sort -u
