const user = load();
user.friends.slice(0, 3).forEach((user) => greet(user));
