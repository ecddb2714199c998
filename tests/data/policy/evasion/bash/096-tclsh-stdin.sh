# evasion: Tcl on stdin starts a shell
# grade: hard; does: shell
tclsh <<< 'exec /bin/sh -c id'
