// Fills a text template and prints it.
const os = require('os');
const tpl = 'Hello @USER@, your home is @HOME@.';
console.log(tpl.replaceAll('@USER@', os.userInfo().username).replaceAll('@HOME@', os.homedir()));
