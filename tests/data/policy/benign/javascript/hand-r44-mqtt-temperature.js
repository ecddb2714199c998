const mqtt = require('mqtt');

const client = mqtt.connect(process.env.MQTT_URL || 'mqtt://localhost');
client.on('connect', () => {
  const reading = { sensor: 't1', celsius: 21.4 };
  client.publish('sensors/t1', JSON.stringify(reading), { qos: 1 }, () => client.end());
});
