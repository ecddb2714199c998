#!/bin/bash
# List the topics of the local broker.
kcat -L -b localhost:9092 | grep -E '^ +topic'
