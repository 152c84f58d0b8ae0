const servers = ['alpha', 'beta', 'gamma'];
for (const server of servers) {
  connect(server);
}

const entries = Object.entries(settings);
for (const [key, value] of entries) {
  apply(key, value);
}

function sum() {
  let total = 0;
  for (let n of arguments) {
    n = Number(n);
    total += n;
  }
  return total;
}
