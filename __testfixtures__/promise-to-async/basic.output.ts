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

export async function loadUser(id: string): Promise<User> {
  const url = `/users/${id}`;
  const response = await request(url);
  const data = await response.json();
  return toUser(data);
}

export const loadName = async (id: string) => {
  const user = await loadUser(id);
  return user.name;
};

export class UserStore {
  private cache = new Map<string, User>();

  async refresh(id: string): Promise<void> {
    const user = await loadUser(id);
    this.cache.set(id, user);
  }
}
