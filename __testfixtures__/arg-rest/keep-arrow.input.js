const outer = () => typeof arguments;
