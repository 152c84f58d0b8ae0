export function Badge({ roles }: { roles: string[] }) {
  return <span>{roles.indexOf('admin') !== -1 ? 'Admin' : 'User'}</span>;
}
