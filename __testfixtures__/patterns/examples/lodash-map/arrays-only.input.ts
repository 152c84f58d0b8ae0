import _ from 'lodash';

interface User {
  name: string;
  age: number;
}

declare const users: User[];
declare const byId: Record<string, User>;
declare const untyped: any;
declare const readonlyUsers: readonly User[];

export const names = _.map(users, (user) => user.name);
export const adults = _.filter(readonlyUsers, (user) => user.age >= 18);
export const ages = _.map(
  users.filter((user) => user.name !== ''),
  function (user) {
    return user.age;
  },
);

// Objects, `any` and property shorthands stay with lodash: the native method would differ.
export const fromObject = _.map(byId, (user) => user.name);
export const fromAny = _.map(untyped, (user: User) => user.name);
export const shorthand = _.map(users, 'name');
