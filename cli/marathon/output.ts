// Where results go. stdout carries the result only (a table and short notes, the API's JSON, or bare ids with
// --quiet), so it can be piped; progress and errors go to stderr.
import type { OutputFormat } from './options.js';

export interface TextSink {
  write(text: string): unknown;
}

export interface Result {
  /** The API's answer, printed as-is for `-o json`. */
  json: unknown;
  /** For `-o table`. */
  table: () => string;
  /** For --quiet, one a line. */
  ids: () => readonly string[];
}

export class Output {
  constructor(
    readonly format: OutputFormat,
    readonly quiet: boolean,
    private readonly stdout: TextSink = process.stdout,
    private readonly stderr: TextSink = process.stderr,
  ) {}

  result(result: Result): void {
    if (this.quiet) {
      const ids = result.ids();
      if (ids.length > 0) this.stdout.write(`${ids.join('\n')}\n`);
    } else if (this.format === 'json') {
      this.stdout.write(`${JSON.stringify(result.json ?? null, null, 2)}\n`);
    } else {
      const text = result.table();
      if (text !== '') this.stdout.write(`${text}\n`);
    }
  }

  /** A note for a person reading the table output (e.g. "deployment … finished"); silent with json or --quiet. */
  note(text: string): void {
    if (!this.quiet && this.format === 'table') this.stdout.write(`${text}\n`);
  }

  /** A warning or failure explanation: always shown, on stderr. */
  warn(text: string): void {
    this.stderr.write(`drover: ${text}\n`);
  }
}
