interface Response {
  ok: boolean;
  json(): Promise<unknown>;
}

interface User {
  id: string;
  name: string;
}

declare function request(url: string): Promise<Response>;
declare function toUser(data: unknown): User;

export function loadUser(id: string): Promise<User> {
  const url = `/users/${id}`;
  return request(url)
    .then((response) => response.json())
    .then((data) => toUser(data));
}

export const loadName = (id: string) => loadUser(id).then((user) => user.name);

export class UserStore {
  private cache = new Map<string, User>();

  refresh(id: string): Promise<void> {
    return loadUser(id).then((user) => {
      this.cache.set(id, user);
    });
  }
}
