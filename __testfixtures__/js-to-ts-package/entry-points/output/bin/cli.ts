import { answer } from "../lib/index.js";
console.log(answer);
