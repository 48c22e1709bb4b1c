// JSON documents the user hands in: `drover app add app.json`, `drover app add -` (stdin), `app update --file`.
import { readFile } from 'node:fs/promises';
import { DroverError, errorMessage } from '../../shared/errors/index.js';

/** `name` is how the source is shown in messages: the file name, or `stdin`. */
export function parseJsonText(text: string, name: string): unknown {
  if (text.trim() === '') throw new DroverError('INVALID_ARGUMENT', `${name} is empty; expected a JSON app definition`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DroverError('INVALID_ARGUMENT', `${name} is not valid JSON: ${errorMessage(error)}`);
  }
}

async function readStream(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses `source`: a file path, or `-` for stdin. */
export async function readJsonInput(source: string, stdin: AsyncIterable<unknown> = process.stdin): Promise<unknown> {
  if (source === '-') return parseJsonText(await readStream(stdin), 'stdin');
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new DroverError('INVALID_ARGUMENT', `cannot read '${source}': ${errorMessage(error)}`, { cause: error });
  }
  return parseJsonText(text, `'${source}'`);
}
