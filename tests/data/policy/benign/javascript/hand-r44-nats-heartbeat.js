const { connect, StringCodec } = require('nats');

(async () => {
  const nc = await connect({ servers: process.env.NATS_URL || 'nats://localhost:4222' });
  const sc = StringCodec();
  nc.publish('agents.heartbeat', sc.encode(JSON.stringify({ pid: process.pid, up: process.uptime() })));
  await nc.drain();
})();
