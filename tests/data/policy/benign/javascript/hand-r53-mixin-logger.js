// Add logging to a class through a mixin.
const Logged = (Sup) =>
  class extends Sup {
    log(msg) {
      console.log(`[${this.constructor.name}] ${msg}`);
    }
  };
class Service {}
class Api extends Logged(Service) {}
new Api().log('started');
