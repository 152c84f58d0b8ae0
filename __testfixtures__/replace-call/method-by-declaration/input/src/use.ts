import { CachedStore, Store } from './store.js';

const users = new Store<string>().set('a', 'Ada');
const cache = new CachedStore<number>();
const plain = new Map<string, string>();
const settings = { get: (key: string) => key.toUpperCase() };

export const name = users.get('a');
export const nested = users.get(users.get('a') ?? 'b');
export const cached = cache.get('hits');
export const fromMap = plain.get('a');
export const fromObject = settings.get('x');
export const maybe = (store?: Store<string>) => store?.get('a');
