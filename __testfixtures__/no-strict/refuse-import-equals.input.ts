'use strict';
import fs = require('fs');
export = fs;
