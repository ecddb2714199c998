const { Kafka } = require('kafkajs');

const kafka = new Kafka({ clientId: 'orders', brokers: ['localhost:9092'] });
const producer = kafka.producer();

async function emit(order) {
  await producer.connect();
  await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });
  await producer.disconnect();
}

emit({ id: 'a1', total: 12.5, mode: process.env.NODE_ENV });
