const state = { ...prev, ...{ user: { ...prev.user, ...patch } } };
