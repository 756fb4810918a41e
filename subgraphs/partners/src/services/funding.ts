/**
 * Funding sums computed by PostgreSQL (GROUP BY), per key and currency, for a
 * whole batch of keys at once. No currency conversion here: each total keeps
 * its own currency.
 */
import { uuidsOnly } from '../../../../lib/database/loaders.js';
import { Decimal, type MoneyValue } from '../../../../lib/domain/money.js';
import { TRANSACTION_TYPES } from '../domain/iati.js';
import type { Db } from '../db.js';
import { Prisma } from '../generated/prisma/client.js';

export const COMMITMENT = TRANSACTION_TYPES.OUTGOING_COMMITMENT;
export const DISBURSEMENT = TRANSACTION_TYPES.DISBURSEMENT;

export interface FundingTotals {
  committed: MoneyValue[];
  disbursed: MoneyValue[];
  transactionCount: number;
}

export function emptyTotals(): FundingTotals {
  return { committed: [], disbursed: [], transactionCount: 0 };
}

// Whitelisted grouping columns: their SQL names are fixed here, never taken from input.
// The key is read as text, but matched in the column's own type, so its index serves the lookup.
const GROUP_COLUMNS = {
  receiverBin: {
    select: Prisma.raw('receiver_bin'),
    match: (keys: string[]) => Prisma.sql`receiver_bin = ANY(${keys}::text[])`,
  },
  regionCode: {
    select: Prisma.raw('region_code'),
    match: (keys: string[]) => Prisma.sql`region_code = ANY(${keys}::text[])`,
  },
  providerPartnerId: {
    select: Prisma.raw('provider_partner_id::text'),
    match: (keys: string[]) => Prisma.sql`provider_partner_id = ANY(${uuidsOnly(keys)}::uuid[])`,
  },
} as const;

type GroupKey = keyof typeof GROUP_COLUMNS;

interface GroupRow {
  key: string;
  type: number;
  currency: string;
  amount: string;
  count: number;
}

/** Commitment and disbursement totals per key and currency, for every key in one statement. */
export async function fundingTotalsBy(
  db: Db,
  key: GroupKey,
  keys: readonly string[],
  options: { kazakhReceiversOnly?: boolean } = {},
): Promise<FundingTotals[]> {
  const column = GROUP_COLUMNS[key];
  const groups = keys.length
    ? await db.$queryRaw<GroupRow[]>`
        SELECT ${column.select} AS key, type::int AS type, currency, SUM(amount)::text AS amount, COUNT(*)::int AS count
        FROM transactions
        WHERE ${column.match([...keys])}
          AND type IN (${COMMITMENT}, ${DISBURSEMENT})
          ${options.kazakhReceiversOnly ? Prisma.sql`AND receiver_bin IS NOT NULL` : Prisma.empty}
        GROUP BY 1, 2, 3
        ORDER BY 1, 3`
    : [];
  const totals = new Map<string, FundingTotals>(keys.map((k) => [k, emptyTotals()]));
  for (const group of groups) {
    const owner = totals.get(group.key);
    if (!owner) continue;
    const money = { currency: group.currency, amount: new Decimal(group.amount) };
    (group.type === COMMITMENT ? owner.committed : owner.disbursed).push(money);
    owner.transactionCount += group.count;
  }
  return keys.map((k) => totals.get(k) ?? emptyTotals());
}

export interface PartnerFundingTotals extends FundingTotals {
  recipientRefs: string[];
}

/** What each provider committed and disbursed, and to whom; scope KAZAKH_ORGANIZATIONS counts only `KZ-BIN-...` receivers. */
export async function partnerFunding(
  db: Db,
  partnerIds: readonly string[],
  scope: 'ALL' | 'KAZAKH_ORGANIZATIONS',
): Promise<PartnerFundingTotals[]> {
  const kazakhReceiversOnly = scope === 'KAZAKH_ORGANIZATIONS';
  const where: Prisma.TransactionWhereInput = kazakhReceiversOnly ? { receiverBin: { not: null } } : {};
  const [totals, recipients] = await Promise.all([
    fundingTotalsBy(db, 'providerPartnerId', partnerIds, { kazakhReceiversOnly }),
    db.transaction.findMany({
      where: {
        ...where,
        providerPartnerId: { in: [...partnerIds] },
        type: { in: [COMMITMENT, DISBURSEMENT] },
        receiverOrgRef: { not: null },
      },
      distinct: ['providerPartnerId', 'receiverOrgRef'],
      select: { providerPartnerId: true, receiverOrgRef: true },
    }),
  ]);
  return partnerIds.map((id, i) => ({
    ...totals[i]!,
    recipientRefs: recipients
      .filter((r) => r.providerPartnerId === id)
      .flatMap((r) => (r.receiverOrgRef ? [r.receiverOrgRef] : [])),
  }));
}
