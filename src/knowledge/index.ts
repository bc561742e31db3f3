// Everything the pipeline knows about the world, loaded once from data files and passed in ctx.
export interface Knowledge {
  version: string;
}

export function loadKnowledge(): Knowledge {
  return { version: '0' };
}
