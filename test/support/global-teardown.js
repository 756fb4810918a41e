// See global-setup.js for why this is plain JavaScript.
import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown() {
  const { stopTestDatabase } = await tsImport('./stop-database.ts', import.meta.url);
  await stopTestDatabase();
}
