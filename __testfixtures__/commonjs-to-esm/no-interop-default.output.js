export const a = 1;
export { default as b } from './b';
