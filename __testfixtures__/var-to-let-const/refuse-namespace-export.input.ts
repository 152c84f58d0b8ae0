namespace Config {
  export var level = 1;
}
export { Config };
