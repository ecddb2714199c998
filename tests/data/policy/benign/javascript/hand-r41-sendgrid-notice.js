// Mails a release notice through SendGrid.
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey(process.env.SENDGRID_API_KEY);
sgMail.send({ to: 'users@example.com', from: 'release@example.com', subject: 'v2.1', text: 'Version 2.1 is out.' });
