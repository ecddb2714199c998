// An ordinary memory check through the inspector: the method is built
// from the Runtime domain's name and getHeapUsage, nothing is evaluated.
'use strict';
const inspector = require('inspector');

const session = new inspector.Session();
session.connect();
const domain = 'Runtime';
session.post(`${domain}.getHeapUsage`, (err, r) => {
  if (!err) console.log('heap used', r.usedSize);
  session.disconnect();
});
