// The progress bar of long runs: cli-progress on stderr, only when stderr is a terminal and the
// output is not --json (the caller decides; see IngestConfig.progress). When off, every method
// is a no-op, so the ingest loop calls it unconditionally.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface Progress {
  /** The run will handle `n` more items than it planned (a feed brought its items). */
  grow(n: number): void;
  /** One item handled; `label` is shown next to the bar. */
  tick(label: string): void;
  stop(): void;
}

const LABEL_MAX = 48;

function shorten(label: string): string {
  const clean = label.replace(/[\r\n\p{Cc}]+/gu, ' ');
  const chars = [...clean];
  return chars.length <= LABEL_MAX ? clean : `…${chars.slice(chars.length - LABEL_MAX + 1).join('')}`;
}

const NO_PROGRESS: Progress = { grow: () => undefined, tick: () => undefined, stop: () => undefined };

export function createProgress(enabled: boolean, stream: Writable, total: number, title: string): Progress {
  if (!enabled) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${title} [{bar}] {value}/{total} {percentage}% | {duration_formatted} | {label}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let planned = Math.max(total, 1);
  let done = 0;
  bar.start(planned, 0, { label: '' });
  return {
    grow(n) {
      if (n === 0) return;
      planned = Math.max(done, planned + n);
      bar.setTotal(planned);
    },
    tick(label) {
      done += 1;
      if (done > planned) {
        planned = done;
        bar.setTotal(planned);
      }
      bar.update(done, { label: shorten(label) });
    },
    stop() {
      bar.stop();
    },
  };
}
