const users = [alice, bob, carol];

users.forEach(function (user) {
  sendWelcome(user);
  log.info('sent', user.id);
});

const active = users.filter((user) => user.active);
active.forEach((user) => {
  if (!user.email) return;
  notify(user.email);
});

Object.keys(config).forEach((key) => console.log(key, config[key]));
