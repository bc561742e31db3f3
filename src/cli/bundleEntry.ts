// What bin/sidelines.js needs from the CLI, whether it loads the sources or their bundle
// (scripts/buildCli.ts bundles from here): the heap tuning to apply first, then the commands.
export { limitHeapGrowth } from './heapGrowth.ts';
export { main } from './main.ts';
