declare const input: unknown;
const el = <HTMLInputElement>document.getElementById('name');
const value = (<HTMLInputElement>input).value;
const sum = <number>input + 1;
const total = 1 + <number>input;
const mixed = <number>input | 0;
const same = input == <unknown>el;
const pick = <boolean>input ? 1 : 2;
const branch = value ? <string>input : '';
const neg = !<boolean>input;
const kind = typeof <object>input;
const called = (<() => void>input)();
const args = Math.max(<number>input, 2);
const list = [<string>input, ...<string[]>input];
const tuple = <const>['a', 'b'];
const chained = <unknown>(<string>input).length;
const double = <string><unknown>input;
const obj = { key: <number>input, [<string>input]: 1 };
const arrow = () => <string>input;
function ret() {
  return <Date>input;
}
const compare = 1 < <number>input;
export { el, value, sum, total, mixed, same, pick, branch, neg, kind, called, args, list, tuple, chained, double, obj, arrow, ret, compare };
