export async function loadUser(id) {
  const data = await fetch(`https://api.example.com/users/${id}`).then(async (response) => {
    if (!response.ok) throw new Error(`Request failed with status code ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  });
  return data;
}

export async function createUser(user) {
  const created = await fetch('https://api.example.com/users', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' }, body: JSON.stringify({ name: user.name }) }).then(async (response) => {
    if (!response.ok) throw new Error(`Request failed with status code ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  });
  return created.id;
}

export const remove = async (id) => (await fetch(`https://api.example.com/users/${id}`, { method: 'DELETE' }).then(async (response) => {
  if (!response.ok) throw new Error(`Request failed with status code ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}));
