import fs from 'node:fs';
import type { EmbeddedServer } from '../../lib/database/embedded.js';

export async function stopTestDatabase(): Promise<void> {
  const server = (globalThis as { __civicPg?: EmbeddedServer }).__civicPg;
  await server?.stop();
  const dataDir = process.env.TEST_PG_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
