export { Button, make } from './button.js';
