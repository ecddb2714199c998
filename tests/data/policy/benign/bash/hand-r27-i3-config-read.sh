#!/bin/bash
grep -c "^bindsym" ~/.config/i3/config
