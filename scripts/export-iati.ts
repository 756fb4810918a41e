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
import { parseCli } from '../lib/cli-args.js';
import { exitOnConfigError, readEnv, type Env } from '../lib/config.js';
import { createDb } from '../subgraphs/partners/src/db.js';
import type { Prisma } from '../subgraphs/partners/src/generated/prisma/client.js';
import { exportActivityXml } from '../subgraphs/partners/src/services/iati-export.js';
import { withDatabase } from './cli.js';
import { createCliLogger } from '../lib/logger.js';

const { values } = parseCli({
  usage: `Usage: npm run export:iati -- [--out FILE] [--reporting-org REF]... [--identifier ID]...

Writes the stored activities as one IATI 2.03 document: all of them, those
the named reporting organizations publish, or those named. Reads the partners
database (PARTNERS_DATABASE_URL or DATABASE_URL, else the embedded PostgreSQL
of \`npm start\`) a page at a time. The document goes to FILE, or alone to
stdout (logs go to stderr). Exit 1 when no activity matches (nothing written).

  --out FILE            write the document to FILE instead of stdout
  --reporting-org REF   only activities this organization reports (repeatable)
  --identifier ID       only the activity with this IATI identifier (repeatable)`,
  options: {
    out: { type: 'string' },
    'reporting-org': { type: 'string', multiple: true },
    identifier: { type: 'string', multiple: true },
  },
});

let env: Env;
try {
  env = readEnv();
} catch (error) {
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
