const base = load()
Object.assign({}, base, extra).validate()
