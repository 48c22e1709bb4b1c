// Shows ProgressLines on stderr: on a terminal one line redrawn in place; elsewhere (CI logs, pipes) a new line
// only when the status changes, so a long wait does not flood the log.
import type { ProgressLine } from './progress.js';

export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressDisplay {
  show(line: ProgressLine): void;
  /** Removes the redrawn line (terminal) before the final message is printed. */
  clear(): void;
}

const CLEAR_LINE = '\r\x1b[K';

/** `[12s] step 1/1 …`, cut to `columns - 1` characters so a terminal never wraps it (wrapping breaks redraws). */
export function formatProgressLine(line: ProgressLine, columns?: number): string {
  const text = `[${line.elapsed}] ${line.status}${line.note === undefined ? '' : ` (${line.note})`}`;
  if (columns === undefined || columns < 8) return text;
  const characters = [...text];
  return characters.length <= columns - 1 ? text : `${characters.slice(0, columns - 2).join('')}…`;
}

export function createProgressDisplay(sink: ProgressSink, enabled: boolean): ProgressDisplay {
  if (!enabled) return { show: () => undefined, clear: () => undefined };
  if (sink.isTTY === true) {
    let drawn = false;
    return {
      show(line) {
        sink.write(`${CLEAR_LINE}${formatProgressLine(line, sink.columns)}`);
        drawn = true;
      },
      clear() {
        if (drawn) sink.write(CLEAR_LINE);
        drawn = false;
      },
    };
  }
  let lastStatus: string | undefined;
  return {
    show(line) {
      if (line.status === lastStatus) return;
      lastStatus = line.status;
      sink.write(`${formatProgressLine(line)}\n`);
    },
    clear: () => undefined,
  };
}
