#!/usr/bin/env node
// Runs the CLI from its bundle (dist/, built by `npm run build:cli`, which `npm ci` runs) when
// that is fresh, else from the TypeScript sources through tsx's loader, so `npx sidelines` needs
// no build step and an edited source is never shadowed by an old bundle. SIDELINES_NO_BUNDLE=1
// always takes the sources.
import { freshBundle } from './freshBundle.js';

const bundle = process.env.SIDELINES_NO_BUNDLE === '1' ? null : freshBundle(new URL('../', import.meta.url));
let cli;
if (bundle) cli = await import(bundle.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/bundleEntry.ts');
}
cli.limitHeapGrowth();
process.exitCode = await cli.main(process.argv.slice(2));
