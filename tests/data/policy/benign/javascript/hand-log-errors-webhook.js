// Count error lines in today's log and post a short summary to a chat webhook (URL from the environment).
'use strict';
const fs = require('node:fs');
const readline = require('node:readline');

const LOG = process.argv[2] || '/var/log/app/app.log';
const WEBHOOK = process.env.ALERT_WEBHOOK_URL;
const THRESHOLD = Number(process.env.ALERT_THRESHOLD || 10);

async function scan(file) {
  const counts = new Map();
  let total = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = line.match(/\b(ERROR|FATAL)\b\s+\[?([\w.-]+)\]?/);
    if (!m) continue;
    total++;
    counts.set(m[2], (counts.get(m[2]) || 0) + 1);
  }
  return { total, top: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

async function post(text) {
  const res = await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) throw new Error(`webhook: HTTP ${res.status}`);
}

async function main() {
  const { total, top } = await scan(LOG);
  const lines = [`${total} error lines in ${LOG}`, ...top.map(([k, n]) => `• ${k}: ${n}`)];
  console.log(lines.join('\n'));
  if (total < THRESHOLD) return;
  if (!WEBHOOK) {
    console.error('ALERT_WEBHOOK_URL not set; not posting');
    return;
  }
  await post(lines.join('\n'));
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
