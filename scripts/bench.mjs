#!/usr/bin/env node
// Placeholder so `npm run bench` exists from day one. The benchmarks themselves belong to the
// procedure-engine work and will replace this file.
console.log('no benchmarks yet');
