#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader so `npx sidelines` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { limitHeapGrowth } = await import('../src/cli/heapGrowth.ts');
limitHeapGrowth();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
