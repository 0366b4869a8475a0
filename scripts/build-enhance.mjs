#!/usr/bin/env node
// Bundles the plain-HTML pages' one script (components/enhance/enhance.ts) into out/enhance.js, so that it
// shares its copy and delete-data code with the islands instead of keeping a hand-written copy.
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['components/enhance/enhance.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: 'out/enhance.js',
  tsconfig: 'tsconfig.json',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`Reading-page script: out/enhance.js, ${(bytes / 1024).toFixed(1)} KiB.`);
