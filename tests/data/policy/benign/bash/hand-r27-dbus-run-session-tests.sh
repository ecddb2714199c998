#!/bin/bash
dbus-run-session -- make check
