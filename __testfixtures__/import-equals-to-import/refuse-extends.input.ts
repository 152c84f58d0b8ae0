import Base = require('./base');
export class Child extends Base {}
