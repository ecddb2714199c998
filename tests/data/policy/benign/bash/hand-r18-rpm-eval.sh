#!/bin/bash
# Print the macro values used by the spec file.
set -eu
rpm --eval '%{_libdir}'
rpm --eval '%{?dist}'
rpm --eval '%(date +%Y)'
