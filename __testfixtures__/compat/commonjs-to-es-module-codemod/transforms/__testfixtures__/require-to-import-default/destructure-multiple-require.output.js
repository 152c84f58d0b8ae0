import { a, b, c } from "lib";
