import { CachedStore, Store } from './store.js';

const users = new Store<string>().set('a', 'Ada');
const cache = new CachedStore<number>();
const plain = new Map<string, string>();
const settings = { get: (key: string) => key.toUpperCase() };

export const name = users.read('a');
export const nested = users.read(users.read('a') ?? 'b');
export const cached = cache.read('hits');
export const fromMap = plain.get('a');
export const fromObject = settings.get('x');
export const maybe = (store?: Store<string>) => store?.get('a');
