for (let f = () => { return "a" in o; }; f(); ) {}
