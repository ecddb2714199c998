const { WebClient } = require('@slack/web-api');

const web = new WebClient(process.env.SLACK_TOKEN);

async function notify(version) {
  await web.chat.postMessage({ channel: '#deploys', text: `Deployed ${version} on ${process.env.HOSTNAME}` });
}

notify('1.4.2');
