import { k as v } from "lib";
