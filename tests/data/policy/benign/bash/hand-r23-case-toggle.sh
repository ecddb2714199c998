#!/bin/bash
# Toggle the case of a label.
label=Hello
printf '%s\n' "${label~~}"
