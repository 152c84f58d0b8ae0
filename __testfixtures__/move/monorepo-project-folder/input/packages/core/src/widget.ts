export class Widget {
  constructor(readonly name: string) {}

  render(): string {
    return `<${this.name}>`;
  }
}
