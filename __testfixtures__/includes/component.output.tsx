export function Badge({ roles }: { roles: string[] }) {
  return <span>{roles.includes('admin') ? 'Admin' : 'User'}</span>;
}
