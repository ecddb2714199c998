#!/usr/bin/env node
// Post a build summary to a Slack incoming webhook; the URL comes from the environment.
'use strict';

const fs = require('fs');
const path = require('path');

const WEBHOOK = process.env.SLACK_WEBHOOK_URL;
const CHANNEL = process.env.SLACK_CHANNEL || '#builds';

function readSummary(file) {
  if (!fs.existsSync(file)) {
    return { passed: 0, failed: 0, skipped: 0, duration: 0 };
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function formatMessage(summary, branch) {
  const status = summary.failed > 0 ? ':x: failed' : ':white_check_mark: passed';
  return {
    channel: CHANNEL,
    text: `Build on *${branch}* ${status}`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            `*Branch:* ${branch}`,
            `*Passed:* ${summary.passed}  *Failed:* ${summary.failed}  *Skipped:* ${summary.skipped}`,
            `*Duration:* ${(summary.duration / 1000).toFixed(1)} s`,
          ].join('\n'),
        },
      },
    ],
  };
}

async function post(message) {
  const res = await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  if (!res.ok) {
    throw new Error(`Slack answered ${res.status}: ${await res.text()}`);
  }
}

async function main() {
  const file = process.argv[2] || path.join('build', 'test-summary.json');
  const branch = process.env.GITHUB_REF_NAME || 'local';
  const message = formatMessage(readSummary(file), branch);
  if (!WEBHOOK) {
    console.log('SLACK_WEBHOOK_URL not set; message would be:');
    console.log(JSON.stringify(message, null, 2));
    return;
  }
  await post(message);
  console.log('posted to', CHANNEL);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
