import { Object } from './immutable-object.js';
const merged = Object.assign({}, a, b);
