/**
 * `npm run export:iati -- [--out FILE] [--reporting-org REF]... [--identifier ID]...`
 *
 * Writes stored activities as one IATI 2.03 document, whatever their number:
 * all of them, those a reporting organization publishes, or those named. The
 * document goes to FILE, or to stdout alone (logs go to stderr); read from
 * the database a page at a time, so memory stays flat. Exits 1 when no
 * activity matches (nothing is written), 2 for bad arguments.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exitOnConfigError, readEnv, type Env } from '../lib/config.js';
import { createDb } from '../subgraphs/partners/src/db.js';
import type { Prisma } from '../subgraphs/partners/src/generated/prisma/client.js';
import { exportActivityXml } from '../subgraphs/partners/src/services/iati-export.js';
import { withDatabase } from './cli.js';
import { createCliLogger } from '../lib/logger.js';

const USAGE = 'Usage: npm run export:iati -- [--out FILE] [--reporting-org REF]... [--identifier ID]...';

let env: Env;
let values: { out?: string; 'reporting-org'?: string[]; identifier?: string[] };
try {
  env = readEnv();
  values = parseArgs({
    options: {
      out: { type: 'string' },
      'reporting-org': { type: 'string', multiple: true },
      identifier: { type: 'string', multiple: true },
    },
  }).values;
} catch (error) {
  if (error instanceof Error && error.name !== 'ConfigError') {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  exitOnConfigError(error);
}

const where: Prisma.ActivityWhereInput = {
  AND: [
    values['reporting-org']?.length ? { reportingOrg: { orgRef: { in: values['reporting-org'] } } } : {},
    values.identifier?.length ? { iatiIdentifier: { in: values.identifier } } : {},
  ],
};
const logger = createCliLogger('export-iati', env.LOG_LEVEL);
let exitCode = 0;
try {
  await withDatabase(env, 'partners', logger, async (url) => {
    const db = createDb(url);
    try {
      const count = await db.activity.count({ where });
      if (!count) {
        process.stderr.write('no activity matches: nothing written; widen the selection\n');
        exitCode = 1;
        return;
      }
      const out = values.out ? fs.createWriteStream(values.out) : process.stdout;
      for await (const part of exportActivityXml(db, where, new Date())) {
        if (!out.write(part)) await once(out, 'drain');
      }
      if (values.out)
        await new Promise<void>((resolve, reject) =>
          out.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
      logger.info({ activities: count, out: values.out ?? 'stdout' }, 'export written');
    } finally {
      await db.$disconnect();
    }
  });
} catch (error) {
  logger.fatal({ err: error }, 'the export failed');
  exitCode = 1;
}
process.exit(exitCode);
