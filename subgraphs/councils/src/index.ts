// Starts the councils subgraph: database prepared, demo data loaded if empty, then listening.
import { runSubgraph } from '../../../lib/graphql/run-subgraph.js';
import { createDb } from './db.js';
import { councilsService } from './server.js';

await runSubgraph('councils', {
  createDb: (url, options) => createDb(url, options),
  service: councilsService,
  // Loaded only when asked for, so a production image can leave the demo generator out.
  seedDemoData: async (url, logger) =>
    (await import('../../../demo/seed.js')).seedSubgraph('councils', url, { logger }),
});
