class Base {
  id = 0;
}

export class Child extends Base {
  constructor(public readonly tag: string) {
    super();
    this.id = 1;
    this.children = [];
    this.onChange = (value: number) => value > 0;
  }

  add(child: Child) {
    this.children.push(child);
    this.state = 'open';
    this.state = 'closed';
  }

  static create() {
    const created = new Child('x');
    this.instances = 1;
    return created;
  }
}

export const Anonymous = class {
  constructor() {
    this.count = 0;
    const self = this;
    function inner() {
      return self;
    }
    inner();
  }
};
