enum Path {
  Root = '/',
  Users = '/' + 'users',
}
type Key = 'a' | 'b';
export const key: string = 'prefix-' + Path.Users;
