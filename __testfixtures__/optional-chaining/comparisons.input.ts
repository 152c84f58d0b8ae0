interface Element {
  focus(): void;
  parentElement: Element | null;
  id: string;
}

export function focus(element: Element | null | undefined): void {
  element !== null && element !== undefined && element.focus();
}

export function parentId(element: Element): string {
  if (element.parentElement != null && element.parentElement.id) {
    return element.parentElement.id;
  }
  return '';
}

export function withUndefined(element: Element | undefined): boolean {
  return !(undefined !== element && element.id);
}
