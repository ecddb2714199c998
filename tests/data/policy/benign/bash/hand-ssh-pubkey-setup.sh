#!/usr/bin/env bash
# Make sure this machine has an ed25519 key for deploys and print the public
# half so it can be pasted into the Git host's deploy-key settings.
set -euo pipefail

comment="${KEY_COMMENT:-deploy@$(hostname -s)}"
key="${DEPLOY_KEY:-$HOME/.ssh/id_ed25519_deploy}"

mkdir -p "$(dirname "$key")"
chmod 700 "$(dirname "$key")"

if [[ ! -f "$key" ]]; then
	echo "generating $key"
	ssh-keygen -q -t ed25519 -N '' -C "$comment" -f "$key"
else
	echo "using existing $key"
fi

echo
echo "fingerprint:"
ssh-keygen -l -f "$key.pub"
echo
echo "public key (add it as a read-only deploy key):"
cat "$key.pub"

config="$HOME/.ssh/config"
if ! grep -qs '^Host deploy-git$' "$config"; then
	cat >>"$config" <<CFG

Host deploy-git
	HostName ${GIT_HOST:-github.com}
	User git
	IdentityFile $key
	IdentitiesOnly yes
CFG
	chmod 600 "$config"
	echo
	echo "added host alias 'deploy-git' to $config"
fi
