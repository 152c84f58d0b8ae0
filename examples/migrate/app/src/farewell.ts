import { greet } from 'greeter-lib';

export const polite = (name: string): string => greet(name, '?');
