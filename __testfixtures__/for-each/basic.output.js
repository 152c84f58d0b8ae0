const users = [alice, bob, carol];

for (const user of users) {
  sendWelcome(user);
  log.info('sent', user.id);
}

const active = users.filter((user) => user.active);
for (const user of active) {
  if (!user.email) continue;
  notify(user.email);
}

for (const key of Object.keys(config)) {
  console.log(key, config[key]);
}
