interface Node {
  parent: Node | null;
  label?: { text: string };
}

declare const root: Node;
declare let current: Node | undefined;
declare let other: Node | undefined;

export const parent = current ?? root;
export const nested = current ?? (other ?? root);
export const label = current?.label ? current.label : { text: '' };
export const assignedFallback = current ?? (other = root);
export const arrowFallback = current ?? (() => root);
