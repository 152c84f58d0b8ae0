import { greet } from 'greeter-lib';

export function welcome(user: { name: string }): string {
  return greet(user.name, '.');
}

export const banner = greet('world');
