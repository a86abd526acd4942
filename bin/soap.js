#!/usr/bin/env node
// Tiny launcher: everything lives in dist/, loaded lazily per command.
import { run } from '../dist/main.js';

run();
