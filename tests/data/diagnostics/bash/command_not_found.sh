echo start
nosuchcmd --flag
