#!/usr/bin/env node
const fs = require("fs");
const path = require("path");
