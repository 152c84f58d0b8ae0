export interface User {
  id: number;
  name: string;
  email: string;
}

const users: User[] = [];

export function addUser(name: string, email: string): User {
  const user = { id: users.length + 1, name, email };
  users.push(user);
  return user;
}

export function findUser(id: number): User | undefined {
  return users.find((user) => user.id === id);
}

export function countUsers(): number {
  return users.length;
}
