/** A file as a stream of text chunks, decoded as UTF-8 across chunk boundaries. */
import fs from 'node:fs';

export function fileChunks(file: string, chunkBytes = 256 * 1024): AsyncIterable<string> {
  return fs.createReadStream(file, { encoding: 'utf8', highWaterMark: chunkBytes });
}
