const { MongoClient } = require('mongodb');

async function record(message) {
  const client = new MongoClient(process.env.MONGO_URL || 'mongodb://localhost:27017');
  await client.connect();
  await client.db('app').collection('logs').insertOne({ at: Date.now(), message, env: process.env.NODE_ENV });
  await client.close();
}

record('started');
