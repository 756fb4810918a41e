// Starts the ngos subgraph: database prepared, demo data loaded if empty, then listening.
import { runSubgraph } from '../../../lib/graphql/run-subgraph.js';
import { createDb } from './db.js';
import { ngosService } from './server.js';

await runSubgraph('ngos', {
  createDb: (url, options) => createDb(url, options),
  service: ngosService,
  // Loaded only when asked for, so a production image can leave the demo generator out.
  seedDemoData: async (url, logger) => (await import('../../../demo/seed.js')).seedSubgraph('ngos', url, { logger }),
});
