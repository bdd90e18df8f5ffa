#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a CommonJS entry sooner than an ES module.
'use strict';
require('../dist/start.cjs').start();
