#!/usr/bin/env node
'use strict';

import './main.js';
