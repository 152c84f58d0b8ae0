export { Widget } from './widget.js';
