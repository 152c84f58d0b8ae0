for (let f = () => ("a" in o); f(); ) {}
