// Request timing via a diagnostics channel.
const dc = require('diagnostics_channel');

const ch = dc.channel('app:timing');
ch.subscribe((msg) => {
  console.log(`${msg.route} took ${msg.ms}ms`);
});
ch.publish({ route: '/health', ms: 4 });
