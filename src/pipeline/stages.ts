// The ordered stage list. Order is the data flow; each stage only adds to the Doc.
import type { Stage } from './stage.ts';

export function createStages(): Stage[] {
  return [];
}
