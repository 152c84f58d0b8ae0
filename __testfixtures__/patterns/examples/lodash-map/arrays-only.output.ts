import _ from 'lodash';

interface User {
  name: string;
  age: number;
}

declare const users: User[];
declare const byId: Record<string, User>;
declare const untyped: any;
declare const readonlyUsers: readonly User[];

export const names = users.map((user) => user.name);
export const adults = readonlyUsers.filter((user) => user.age >= 18);
export const ages = users.filter((user) => user.name !== '').map(function (user) {
  return user.age;
});

// Objects, `any` and property shorthands stay with lodash: the native method would differ.
export const fromObject = _.map(byId, (user) => user.name);
export const fromAny = _.map(untyped, (user: User) => user.name);
export const shorthand = _.map(users, 'name');
