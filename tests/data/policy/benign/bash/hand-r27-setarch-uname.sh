#!/bin/bash
setarch "$(uname -m)" --verbose uname -a
