export function render(Component, id) {
  return <section id={id}><Component /></section>;
}
