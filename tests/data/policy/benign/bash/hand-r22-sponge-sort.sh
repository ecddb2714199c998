#!/bin/bash
# Sort and dedupe the word list in place.
sort -u words.txt | sponge words.txt
