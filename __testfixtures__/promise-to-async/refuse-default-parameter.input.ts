declare function maybe(): Promise<string | undefined>;

export function label(): Promise<string> {
  return maybe().then((value = 'none') => value.toUpperCase());
}
