#!/usr/bin/env node
// Runs HashiCorp's HCL parser (hcl2json, Go compiled to WASM) over many files in one process.
// Usage: node hcl2json-batch.js [DIR...]  (or file paths on stdin, one per line)
// Prints one JSON object per line: {"file", "ok", "result"} for a file that converts, where result is hcl2json's
// document exactly as Go wrote it (numbers keep their digits), or {"file", "ok": false, "stage", "line", "error"}
// where stage is "parse" (a syntax error; line is the first error's line) or "convert" (hcl2json's own limits).
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.(tf|tfvars)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

// parse() hands Go's JSON text to JSON.parse; keep that text so numbers are compared digit for digit.
const realParse = JSON.parse;
let lastRaw = null;
JSON.parse = (text, ...rest) => { lastRaw = text; return realParse(text, ...rest); };

async function main() {
  let files = process.argv.slice(2).flatMap((arg) => fs.statSync(arg).isDirectory() ? listFiles(arg) : [arg]);
  if (files.length === 0) {
    files = fs.readFileSync(0, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  }
  for (const file of files) {
    const contents = fs.readFileSync(file, 'utf8');
    lastRaw = null;
    let line;
    try {
      await parse('input.tf', contents);
      line = `{"file":${JSON.stringify(file)},"ok":true,"result":${lastRaw}}`;
    } catch (error) {
      const message = String((error && error.message) || error);
      const stage = message.startsWith('parse config') ? 'parse' : 'convert';
      const position = /input\.tf:(\d+),(\d+)/.exec(message);
      line = JSON.stringify({ file, ok: false, stage, line: position ? Number(position[1]) : null, error: message });
    }
    process.stdout.write(line + '\n');
  }
}

// The Go runtime keeps node alive, so exit explicitly, but only once stdout has been flushed into the pipe.
main().then(() => process.stdout.write('', () => process.exit(0)), (error) => { console.error(error); process.exit(1); });
