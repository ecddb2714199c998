// Ordinary CLI: logs in to its own notes service, keeps the token in the
// system keyring under its own service name (keytar), and uses it to list
// the user's notes.
'use strict';
const keytar = require('keytar');
const os = require('os');

const SERVICE = 'notes-cli';
const ACCOUNT = os.userInfo().username;
const API = 'https://api.notes.example.com/v1';

async function login(token) {
  await keytar.setPassword(SERVICE, ACCOUNT, token);
  console.log('token saved for', ACCOUNT);
}

async function list() {
  const token = await keytar.getPassword(SERVICE, ACCOUNT);
  if (!token) throw new Error('run `notes login <token>` first');
  const res = await fetch(`${API}/notes`, { headers: { authorization: `Bearer ${token}` } });
  for (const n of await res.json()) console.log(`${n.id}\t${n.title}`);
}

const [cmd, arg] = process.argv.slice(2);
(cmd === 'login' ? login(arg) : list()).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
