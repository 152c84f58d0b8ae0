export function Link({ id, label }: { id: string; label: string }) {
  return <a href={'/items/' + id} title={label + ' (open)'}>{'#' + id}</a>;
}
