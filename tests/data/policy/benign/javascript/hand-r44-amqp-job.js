const amqp = require('amqplib');

(async () => {
  const conn = await amqp.connect(process.env.AMQP_URL || 'amqp://localhost');
  const ch = await conn.createChannel();
  await ch.assertQueue('jobs');
  ch.sendToQueue('jobs', Buffer.from(JSON.stringify({ task: 'resize', file: 'a.png' })));
  setTimeout(() => conn.close(), 500);
})();
