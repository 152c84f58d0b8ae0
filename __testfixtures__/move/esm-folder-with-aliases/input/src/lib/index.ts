export * from './math.js';
export { padLeft } from './strings/pad.js';
