import { helper as localHelper } from './helpers.js';
var helper = localHelper();
export * as tools from './tools.js';
var tools = [helper];
export { tools as toolList };
