export { formatName } from './format.js';
