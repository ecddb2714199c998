# evasion: sh -c of printf output
# grade: hard; does: shell
sh -c "$(printf '%s %s' id ';sh')"
