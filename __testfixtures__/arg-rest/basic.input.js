function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}

const log = function () {
  const parts = Array.prototype.slice.call(arguments);
  console.log.apply(console, arguments);
  return parts;
};

const api = {
  call() {
    return send(arguments[0], () => arguments.length);
  },
};

class Queue {
  constructor() {
    this.items = [].slice.call(arguments);
  }
}
