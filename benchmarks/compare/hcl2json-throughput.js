#!/usr/bin/env node
// Times HashiCorp's HCL parser as npm @cdktf/hcl2json ships it (Go compiled to WASM, run by node) on files, for
// benchmarks/compare/hcl.sh. Each parse also converts to JSON, which is what that build offers.
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require(path.join(__dirname, '..', '..', 'tests', 'oracles', 'node_modules', '@cdktf', 'hcl2json'));

async function main() {
  const args = process.argv.slice(2);
  let seconds = 5;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seconds') seconds = Number(args[++i]);
    else files.push(args[i]);
  }
  const inputs = files.map((f) => fs.readFileSync(f, 'utf8'));
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const pass = async () => { for (const text of inputs) await parse('main.tf', text); };
  await pass();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let passes = 0;
  while (passes === 0 || Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
    await pass();
    passes++;
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const megabytes = (bytes * passes) / 1e6;
  process.stdout.write(`hashicorp wasm (node):     ${(megabytes / wall).toFixed(3)} MB/s wall, ${(megabytes / cpu).toFixed(3)} MB/s cpu\n`,
    () => process.exit(0));
}

main().catch((error) => { console.error(error); process.exit(1); });
