import axios from 'axios';

export async function loadUser(id) {
  const { data } = await axios.get(`https://api.example.com/users/${id}`);
  return data;
}

export async function createUser(user) {
  const { data: created } = await axios.post('https://api.example.com/users', { name: user.name }, { headers: { Authorization: 'Bearer x' } });
  return created.id;
}

export const remove = async (id) => (await axios.delete(`https://api.example.com/users/${id}`)).data;
