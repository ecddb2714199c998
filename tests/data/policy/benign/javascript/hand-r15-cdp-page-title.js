// An ordinary browser check over the DevTools protocol (a page's own
// title read with Runtime.evaluate in the browser, no inspector session).
'use strict';
const CDP = require('chrome-remote-interface');

(async () => {
  const client = await CDP({ port: 9222 });
  await client.Page.enable();
  await client.Page.navigate({ url: 'https://example.com' });
  await client.Page.loadEventFired();
  const r = await client.send('Runtime.evaluate', { expression: 'document.title' });
  console.log(r.result.value);
  await client.close();
})();
