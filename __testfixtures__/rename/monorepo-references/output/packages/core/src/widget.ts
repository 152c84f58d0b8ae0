export class Component {
  constructor(readonly name: string) {}

  render(): string {
    return `<${this.name}>`;
  }
}
