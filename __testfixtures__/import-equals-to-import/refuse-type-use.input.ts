import Client = require('./client');
export function make(c: Client): void {
  c.close();
}
export const version = Client.version;
