// Reads a getter back with __lookupGetter__ and calls it.
const config = {
  get port() {
    return Number(process.env.PORT || 8080);
  },
};
const getPort = config.__lookupGetter__("port");
console.log(getPort.call(config));
