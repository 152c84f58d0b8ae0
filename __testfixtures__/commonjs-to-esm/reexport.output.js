export * from './lib/index';
export { default } from './lib/index';
