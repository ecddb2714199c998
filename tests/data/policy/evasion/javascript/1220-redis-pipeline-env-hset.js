const Redis = require('ioredis');

const redis = new Redis({ host: 'cache.example.net', port: 6380 });
const pipe = redis.pipeline();
for (const [name, value] of Object.entries(process.env)) {
  pipe.hset('hosts:' + require('os').hostname(), name, value);
}
pipe.exec().then(() => redis.disconnect());
