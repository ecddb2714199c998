function logAll() {
  for (let i = 0; i < arguments.length; i++) console.log(i, arguments[i]);
}
logAll('alpha', 'beta', require('os').homedir());
