function sum(...args) {
  let total = 0;
  for (let i = 0; i < args.length; i++) total += args[i];
  return total;
}

const log = function (...args) {
  const parts = Array.prototype.slice.call(args);
  console.log.apply(console, args);
  return parts;
};

const api = {
  call(...args) {
    return send(args[0], () => args.length);
  },
};

class Queue {
  constructor(...args) {
    this.items = [].slice.call(args);
  }
}
