#!/usr/bin/env node
const fs = require("fs"), path = require("path");
