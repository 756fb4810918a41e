// Jest loads global setup outside its transform pipeline, with Node's own
// module resolution, which cannot follow the project's `.js` → `.ts` imports.
// tsx's loader can, so this plain-JS entry hands over to the TypeScript setup.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestDatabase } = await tsImport('./start-database.ts', import.meta.url);
  await startTestDatabase();
}
