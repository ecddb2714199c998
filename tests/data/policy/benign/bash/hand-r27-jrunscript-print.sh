#!/bin/bash
jrunscript -e 'print(java.lang.System.getProperty("java.version"))'
