#!/bin/bash
Rscript -e "x <- read.csv('${1:-data.csv}'); print(summary(x))"
