declare const input: unknown;
const el = document.getElementById('name') as HTMLInputElement;
const value = (input as HTMLInputElement).value;
const sum = (input as number) + 1;
const total = 1 + (input as number);
const mixed = (input as number) | 0;
const same = input == el as unknown;
const pick = (input as boolean) ? 1 : 2;
const branch = value ? input as string : '';
const neg = !(input as boolean);
const kind = typeof (input as object);
const called = (input as () => void)();
const args = Math.max(input as number, 2);
const list = [input as string, ...input as string[]];
const tuple = ['a', 'b'] as const;
const chained = (input as string).length as unknown;
const double = input as unknown as string;
const obj = { key: input as number, [input as string]: 1 };
const arrow = () => input as string;
function ret() {
  return input as Date;
}
const compare = 1 < (input as number);
export { el, value, sum, total, mixed, same, pick, branch, neg, kind, called, args, list, tuple, chained, double, obj, arrow, ret, compare };
