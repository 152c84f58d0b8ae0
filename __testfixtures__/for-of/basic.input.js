const servers = ['alpha', 'beta', 'gamma'];
for (let i = 0; i < servers.length; i++) {
  const server = servers[i];
  connect(server);
}

const entries = Object.entries(settings);
for (let i = 0; i < entries.length; ++i) {
  const [key, value] = entries[i];
  apply(key, value);
}

function sum() {
  let total = 0;
  for (var i = 0; i < arguments.length; i += 1) {
    let n = arguments[i];
    n = Number(n);
    total += n;
  }
  return total;
}
