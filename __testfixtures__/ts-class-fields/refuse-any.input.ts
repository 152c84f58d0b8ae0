export class Store {
  constructor(options) {
    this.options = options;
  }
}
