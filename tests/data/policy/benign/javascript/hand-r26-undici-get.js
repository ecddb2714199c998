// Fetch service status.
const { request } = require('undici');
request('https://status.example.com/api/v2/status.json')
  .then((r) => r.body.json())
  .then((j) => console.log(j.status.description));
