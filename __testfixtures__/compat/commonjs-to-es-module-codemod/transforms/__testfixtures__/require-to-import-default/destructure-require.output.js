import { method } from "lib";
