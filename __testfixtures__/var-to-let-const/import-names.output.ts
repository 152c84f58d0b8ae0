import { helper as localHelper } from './helpers.js';
const helper = localHelper();
export * as tools from './tools.js';
const tools = [helper];
export { tools as toolList };
