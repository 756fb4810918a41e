/**
 * The demo data generator: deterministic, and its rows reproduce the figures
 * published at the 12th Civil Forum (../shared/DOMAIN.md). Every count and
 * sum is computed here from the generated rows; the published figures are the
 * expectations.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { binFromOrgRef, isValidBin } from '../../lib/domain/bin.js';
import { Decimal } from '../../lib/domain/money.js';
import { REGIONS, isRegionCode } from '../../lib/domain/regions.js';
import { isSdgGoal, isSdgTarget } from '../../subgraphs/partners/src/domain/sdg.js';
import { FORUM_FIELDS, POLICY_FIELDS } from '../../subgraphs/councils/src/domain/policy-fields.js';
import { SECTORS } from '../../subgraphs/ngos/src/domain/sectors.js';
import { FORUM_DATE, PROJECT_WINDOW } from '../../demo/anchor.js';
import { WELL_KNOWN_BINS } from '../../demo/figures.js';
import { generateDemoData } from '../../demo/generate.js';
import type { ActivityRow, DemoData, NgoRow, PartnerRow, TransactionRow } from '../../demo/types.js';
import { expectEvery } from '../support/expect-every.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^-?\d+\.\d{2}$/;

function hashOf(data: DemoData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

let data: DemoData;
let ngoByBin: Map<string, NgoRow>;
let ngoById: Map<string, NgoRow>;

beforeAll(() => {
  data = generateDemoData();
  ngoByBin = new Map(data.ngos.ngos.map((n) => [n.bin, n]));
  ngoById = new Map(data.ngos.ngos.map((n) => [n.id, n]));
});

describe('determinism', () => {
  test('two runs give the same rows, whatever the clock says', () => {
    const first = hashOf(data);
    jest.useFakeTimers({ now: new Date('2031-02-03T04:05:06Z') });
    try {
      expect(hashOf(generateDemoData())).toBe(first);
    } finally {
      jest.useRealTimers();
    }
  });

  test('every id is a UUID, unique across the whole data set', () => {
    const { exchangeRates, ...partnerTables } = data.partners;
    // Official rates are keyed by currency and day, not by id.
    expect(exchangeRates.length).toBeGreaterThan(0);
    const tables = [data.ngos, data.councils, partnerTables].flatMap(
      (slice) => Object.values(slice) as (readonly { id: string }[])[],
    );
    const ids = tables.flatMap((rows) => rows.map((r) => r.id));
    expect(tables).toHaveLength(12);
    expectEvery(ids, (id) => UUID.test(id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('NGOs', () => {
  test('18,000 active ones, with suspended and liquidated ones besides', () => {
    const byStatus = countBy(data.ngos.ngos, (n) => n.status);
    expect(byStatus.get('ACTIVE')).toBe(18_000);
    expect(byStatus.get('SUSPENDED')).toBeGreaterThan(100);
    expect(byStatus.get('LIQUIDATED')).toBeGreaterThan(300);
  });

  test('in all 20 regions, more where more people live', () => {
    const byRegion = countBy(data.ngos.ngos, (n) => n.regionCode);
    expect([...byRegion.keys()].sort()).toEqual(REGIONS.map((r) => r.code).sort());
    const ngosOf = (code: string) => byRegion.get(code) ?? 0;
    expect(ngosOf('KZ-75')).toBeGreaterThan(ngosOf('KZ-62')); // Almaty city vs Ulytau
  });

  test('in every sector, each NGO in one to three known sectors', () => {
    const known = new Set<string>(SECTORS.map((s) => s.code));
    expectEvery(
      data.ngos.ngos,
      (n) => n.sectors.length >= 1 && n.sectors.length <= 3 && new Set(n.sectors).size === n.sectors.length,
    );
    expectEvery(
      data.ngos.ngos.flatMap((n) => n.sectors),
      (s) => known.has(s),
    );
    expect(new Set(data.ngos.ngos.flatMap((n) => n.sectors))).toEqual(known);
  });

  test('BINs are valid, unique, and open with the YYMM of registration, 4 and 0', () => {
    const bins = data.ngos.ngos.map((n) => n.bin);
    expect(bins.filter((b) => !isValidBin(b))).toEqual([]);
    expect(new Set(bins).size).toBe(bins.length);
    const mismatched = data.ngos.ngos.filter(
      (n) =>
        n.bin.slice(0, 4) !== n.registeredOn.slice(2, 4) + n.registeredOn.slice(5, 7) || n.bin.slice(4, 6) !== '40',
    );
    expect(mismatched).toEqual([]);
  });

  test('the three well-known NGOs come first', () => {
    expect(data.ngos.ngos.slice(0, 3).map((n) => [n.bin, n.status])).toEqual(
      WELL_KNOWN_BINS.map((bin) => [bin, 'ACTIVE']),
    );
  });

  test('registered between 1995 and the forum, recent years busier', () => {
    const dates = data.ngos.ngos.map((n) => n.registeredOn);
    expectEvery(dates, (d) => DATE.test(d) && d >= '1995-01-01' && d <= FORUM_DATE);
    const early = dates.filter((d) => d < '2005-01-01').length;
    const late = dates.filter((d) => d >= '2015-01-01' && d < '2025-01-01').length;
    expect(late).toBeGreaterThan(early * 1.5);
  });

  test('Russian names always, Kazakh for most, English for some; public contacts', () => {
    const ngos = data.ngos.ngos;
    const share = (pred: (n: NgoRow) => boolean) => ngos.filter(pred).length / ngos.length;
    expectEvery(ngos, (n) => n.nameRu.length > 0);
    expect(share((n) => n.nameKk !== null)).toBeGreaterThan(0.6);
    expect(share((n) => n.nameEn !== null)).toBeGreaterThan(0.1);
    expect(share((n) => n.nameEn !== null)).toBeLessThan(0.6);
    expectEvery(ngos, (n) => n.phone === null || /^\+7 7\d{2,4} [\d ]+$/.test(n.phone));
    expectEvery(ngos, (n) => n.email === null || /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(n.email));
    expect(share((n) => n.website !== null)).toBeGreaterThan(0.05);
    expect(share((n) => n.address !== null)).toBeGreaterThan(0.8);
  });

  test('scale multiplies the counts and keeps the well-known NGOs', () => {
    const small = generateDemoData({ scale: 0.1 });
    expect(small.ngos.ngos.filter((n) => n.status === 'ACTIVE')).toHaveLength(1_800);
    expect(small.ngos.ngos.slice(0, 3).map((n) => n.bin)).toEqual([...WELL_KNOWN_BINS]);
    const inWindow = small.councils.councilProjects.filter(
      (p) => p.consideredOn >= PROJECT_WINDOW.from && p.consideredOn <= PROJECT_WINDOW.to,
    );
    expect(inWindow.length).toBeGreaterThan(850);
    expect(inWindow.length).toBeLessThan(950);
  });
});

describe('public councils', () => {
  test('over 260, republican and local', () => {
    const councils = data.councils.publicCouncils;
    expect(councils.length).toBeGreaterThan(260);
    const republican = councils.filter((c) => c.level === 'REPUBLICAN');
    const local = councils.filter((c) => c.level === 'LOCAL');
    expect(republican.length).toBeGreaterThan(25);
    expect(local.length).toBeGreaterThan(200);
    expectEvery(republican, (c) => c.territory === null && (c.regionCode === null || c.regionCode === 'KZ-71'));
    expectEvery(local, (c) => c.territory !== null && c.regionCode !== null && isRegionCode(c.regionCode));
    expectEvery(councils, (c) => c.formedBy.length > 0 && DATE.test(c.formedOn) && c.formedOn <= FORUM_DATE);
  });

  test('one regional council per oblast, a city council for each republican city', () => {
    const local = data.councils.publicCouncils.filter((c) => c.level === 'LOCAL');
    const oblasts = REGIONS.filter((r) => r.kind === 'OBLAST')
      .map((r) => r.code)
      .sort();
    expect(
      local
        .filter((c) => c.territory === 'REGION')
        .map((c) => c.regionCode)
        .sort(),
    ).toEqual(oblasts);
    for (const city of REGIONS.filter((r) => r.kind === 'CITY')) {
      expect(local.some((c) => c.territory === 'CITY' && c.regionCode === city.code)).toBe(true);
    }
    expect(local.some((c) => c.territory === 'DISTRICT')).toBe(true);
  });

  test('more than 4,000 local members; a chair, a deputy and a secretary in every council', () => {
    const councils = data.councils.publicCouncils;
    const members = data.councils.councilMembers;
    const levelOf = new Map(councils.map((c) => [c.id, c.level]));
    expect(members.filter((m) => levelOf.get(m.councilId) === 'LOCAL').length).toBeGreaterThan(4_000);
    expect(members.filter((m) => levelOf.get(m.councilId) === 'REPUBLICAN').length).toBeGreaterThan(0);
    expectEvery(members, (m) => levelOf.has(m.councilId));
    const rolesOf = new Map<string, string[]>();
    for (const m of members) rolesOf.set(m.councilId, [...(rolesOf.get(m.councilId) ?? []), m.role]);
    for (const council of councils) {
      const roles = rolesOf.get(council.id) ?? [];
      expect({
        council: council.nameRu,
        leaders: ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'].map((r) => roles.filter((x) => x === r).length),
      }).toEqual({
        council: council.nameRu,
        leaders: [1, 1, 1],
      });
    }
  });

  test('members are people with contacts; about 40% represent an active NGO, mostly of their region', () => {
    const members = data.councils.councilMembers;
    expectEvery(members, (m) => m.fullName.split(' ').length >= 2 && m.email !== null && m.phone !== null);
    const representing = members.filter((m) => m.ngoId !== null);
    expect(representing.length / members.length).toBeGreaterThan(0.3);
    expect(representing.length / members.length).toBeLessThan(0.5);
    expect(representing.filter((m) => ngoById.get(m.ngoId!)?.status !== 'ACTIVE')).toEqual([]);
    const regionOf = new Map(data.councils.publicCouncils.map((c) => [c.id, c.regionCode]));
    const local = representing.filter((m) => regionOf.get(m.councilId) !== null);
    const sameRegion = local.filter((m) => ngoById.get(m.ngoId!)!.regionCode === regionOf.get(m.councilId));
    expect(sameRegion.length / local.length).toBeGreaterThan(0.7);
    expectEvery(representing, (m) => ngoById.get(m.ngoId!)!.registeredOn < m.appointedOn);
  });
});

describe('council projects', () => {
  test('about 9,000 in the three years before the forum, older ones besides', () => {
    const projects = data.councils.councilProjects;
    const inWindow = projects.filter(
      (p) => p.consideredOn >= PROJECT_WINDOW.from && p.consideredOn <= PROJECT_WINDOW.to,
    );
    expect(inWindow.length).toBeGreaterThanOrEqual(8_800);
    expect(inWindow.length).toBeLessThanOrEqual(9_200);
    expect(projects.filter((p) => p.consideredOn < PROJECT_WINDOW.from).length).toBeGreaterThan(1_000);
    expect(projects.filter((p) => p.consideredOn > PROJECT_WINDOW.to)).toEqual([]);
  });

  test('considered by existing councils after they were formed', () => {
    const formedOn = new Map(data.councils.publicCouncils.map((c) => [c.id, c.formedOn]));
    expect(
      data.councils.councilProjects.filter(
        (p) => !formedOn.has(p.councilId) || p.consideredOn < formedOn.get(p.councilId)!,
      ),
    ).toEqual([]);
  });

  test('in policy fields, the four the forum named the most common; mostly supported', () => {
    const projects = data.councils.councilProjects;
    const known = new Set<string>(POLICY_FIELDS.map((f) => f.code));
    expectEvery(projects, (p) => known.has(p.field) && p.title.length > 10);
    const byField = [...countBy(projects, (p) => p.field).entries()].sort((a, b) => b[1] - a[1]);
    expect(
      byField
        .slice(0, 4)
        .map(([field]) => field)
        .sort(),
    ).toEqual([...FORUM_FIELDS].sort());
    expect(byField.length).toBe(POLICY_FIELDS.length);
    const supported = projects.filter((p) => p.outcome === 'SUPPORTED').length;
    expect(supported / projects.length).toBeGreaterThan(0.5);
    expect(new Set(projects.map((p) => p.outcome)).size).toBe(4);
  });
});

describe('the Civil Forum', () => {
  test('editions 10, 11 and 12; the 12th in Astana on the forum day with more than 20 platforms', () => {
    const forums = data.councils.civilForums;
    expect(forums.map((f) => f.edition).sort()).toEqual([10, 11, 12]);
    const twelfth = forums.find((f) => f.edition === 12)!;
    expect(twelfth).toMatchObject({ city: 'Астана', heldOn: FORUM_DATE });
    const platforms = data.councils.discussionPlatforms.filter((p) => p.forumId === twelfth.id);
    expect(platforms.length).toBeGreaterThan(20);
    expect(platforms.map((p) => p.position).sort((a, b) => a - b)).toEqual(platforms.map((_, i) => i + 1));
    expect(platforms.map((p) => p.topic)).toContain('INTERNATIONAL_PARTNERSHIP');
  });

  test('earlier editions have platforms too; topics are short codes', () => {
    const platforms = data.councils.discussionPlatforms;
    for (const forum of data.councils.civilForums) expect(platforms.some((p) => p.forumId === forum.id)).toBe(true);
    expectEvery(platforms, (p) => /^[A-Z][A-Z0-9_]*$/.test(p.topic) && p.topic.length <= 40);
    expect(countBy(platforms, (p) => `${p.forumId}/${p.position}`).size).toBe(platforms.length);
  });
});

describe('partners and funding', () => {
  let partners: Map<string, PartnerRow>;
  let byRef: Map<string, PartnerRow>;
  const reportedBy = (orgRef: string): ActivityRow[] =>
    data.partners.activities.filter((a) => a.reportingOrgId === byRef.get(orgRef)?.id);
  const transactionsOf = (activities: readonly ActivityRow[]): TransactionRow[] => {
    const ids = new Set(activities.map((a) => a.id));
    return data.partners.transactions.filter((t) => ids.has(t.activityId));
  };

  beforeAll(() => {
    partners = new Map(data.partners.partners.map((p) => [p.id, p]));
    byRef = new Map(data.partners.partners.map((p) => [p.orgRef, p]));
  });

  test('UN agencies, the EU, bilateral donors and an international NGO, under org-id.guide references', () => {
    for (const ref of ['XM-DAC-41114', 'XM-DAC-41122', 'XM-DAC-41119', 'XM-DAC-41146', 'XM-DAC-41121']) {
      expect(byRef.get(ref)).toMatchObject({ kind: 'UN_AGENCY', iatiType: '40' });
    }
    expect(byRef.get('XI-IATI-EC_INTPA')).toMatchObject({ kind: 'EU', iatiType: '15' });
    expect(
      data.partners.partners.filter((p) => p.kind === 'BILATERAL_DONOR' || p.kind === 'FOUNDATION').length,
    ).toBeGreaterThanOrEqual(2);
    expect(data.partners.partners.some((p) => p.kind === 'INTERNATIONAL_NGO')).toBe(true);
    expect(byRef.size).toBe(data.partners.partners.length);
  });

  test('every Kazakh NGO partner is KZ-BIN-<bin> of a generated NGO', () => {
    const national = data.partners.partners.filter((p) => p.kind === 'NATIONAL_NGO');
    expect(national.length).toBeGreaterThan(13);
    for (const p of national) {
      expect({
        ref: p.orgRef,
        bin: binFromOrgRef(p.orgRef),
        iatiType: p.iatiType,
        country: p.country,
        known: ngoByBin.has(p.ngoBin ?? ''),
      }).toEqual({
        ref: p.orgRef,
        bin: p.ngoBin,
        iatiType: '22',
        country: 'KZ',
        known: true,
      });
    }
    expect(data.partners.partners.filter((p) => p.kind !== 'NATIONAL_NGO' && p.orgRef.startsWith('KZ-BIN-'))).toEqual(
      [],
    );
  });

  test('rows refer to existing activities and partners; identifiers start with the reporting org', () => {
    const activityIds = new Set(data.partners.activities.map((a) => a.id));
    const { participatingOrgs, budgets, transactions } = data.partners;
    expect([...participatingOrgs, ...budgets, ...transactions].filter((r) => !activityIds.has(r.activityId))).toEqual(
      [],
    );
    expect(
      participatingOrgs.filter((o) => o.partnerId !== null && partners.get(o.partnerId)?.orgRef !== o.orgRef),
    ).toEqual([]);
    expect(
      transactions.filter(
        (t) => t.receiverPartnerId !== null && partners.get(t.receiverPartnerId)?.orgRef !== t.receiverOrgRef,
      ),
    ).toEqual([]);
    for (const a of data.partners.activities)
      expect(a.iatiIdentifier.startsWith(`${partners.get(a.reportingOrgId)!.orgRef}-`)).toBe(true);
    expect(new Set(data.partners.activities.map((a) => a.iatiIdentifier)).size).toBe(data.partners.activities.length);
  });

  test('money is decimal strings with 2 decimals; transactions dated on or before the forum', () => {
    const { budgets, transactions } = data.partners;
    expect([...budgets, ...transactions].filter((r) => !AMOUNT.test(r.amount))).toEqual([]);
    expect(transactions.filter((t) => t.transactionDate > FORUM_DATE || t.valueDate > FORUM_DATE)).toEqual([]);
    expect(budgets.filter((b) => b.valueDate > FORUM_DATE || b.periodStart > b.periodEnd)).toEqual([]);
  });

  test('receivers with a BIN are generated NGOs, and the transaction carries their name, partner and region', () => {
    const toNgos = data.partners.transactions.filter((t) => t.receiverBin !== null);
    expect(toNgos.length).toBeGreaterThan(0);
    for (const t of toNgos) {
      const ngo = ngoByBin.get(t.receiverBin!);
      expect({ known: ngo !== undefined, ref: t.receiverOrgRef, region: t.regionCode }).toEqual({
        known: true,
        ref: `KZ-BIN-${t.receiverBin}`,
        region: ngo?.regionCode,
      });
      expect(partners.get(t.receiverPartnerId!)?.ngoBin).toBe(t.receiverBin);
    }
  });

  test('about 40 UN activities in Kazakhstan, all SDG-tagged, with Kazakh NGOs implementing and funded', () => {
    const unRefs = data.partners.partners.filter((p) => p.kind === 'UN_AGENCY').map((p) => p.orgRef);
    const activities = unRefs.flatMap(reportedBy);
    expect(activities.length).toBeGreaterThanOrEqual(35);
    expect(activities.length).toBeLessThanOrEqual(45);
    for (const a of activities) {
      expect(a.sdgGoals.length).toBeGreaterThan(0);
      expectEvery(a.sdgGoals, isSdgGoal);
      expectEvery(a.sdgTargets, (t) => isSdgTarget(t) && a.sdgGoals.includes(Number(t.split('.')[0])));
      expect(a.recipientCountries).toEqual(['KZ']);
      expect(a.locationRegionCodes.length).toBeGreaterThanOrEqual(1);
      expect(a.locationRegionCodes.length).toBeLessThanOrEqual(3);
      expectEvery(a.locationRegionCodes, isRegionCode);
      const implementers = data.partners.participatingOrgs.filter(
        (o) => o.activityId === a.id && o.role === 4 && o.orgRef?.startsWith('KZ-BIN-'),
      );
      expect(implementers.length).toBeGreaterThan(0);
      const roles = new Set(data.partners.participatingOrgs.filter((o) => o.activityId === a.id).map((o) => o.role));
      expect([...roles].sort()).toEqual([1, 2, 3, 4]);
    }
    const transactions = transactionsOf(activities);
    expect(new Set(transactions.map((t) => t.type))).toEqual(new Set([2, 3]));
    const currencies = countBy(transactions, (t) => t.currency);
    expect(currencies.get('USD')!).toBeGreaterThan(currencies.get('KZT') ?? 0);
    expect(currencies.get('KZT')).toBeGreaterThan(0);
  });

  test('the EU commits to exactly 13 Kazakh organizations, about 5 million euros in all', () => {
    const transactions = transactionsOf(reportedBy('XI-IATI-EC_INTPA'));
    const kazakh = transactions.filter((t) => t.receiverOrgRef?.startsWith('KZ-BIN-'));
    expect(new Set(kazakh.map((t) => t.receiverOrgRef)).size).toBe(13);
    expectEvery(kazakh, (t) => t.currency === 'EUR' && t.receiverBin !== null);
    const committed = kazakh.filter((t) => t.type === 2).reduce((sum, t) => sum.plus(t.amount), new Decimal(0));
    expect(committed.gte(4_900_000) && committed.lte(5_100_000)).toBe(true);
    // Disbursements: part of each commitment, never more.
    for (const ref of new Set(kazakh.map((t) => t.receiverOrgRef))) {
      const sum = (type: number) =>
        kazakh
          .filter((t) => t.receiverOrgRef === ref && t.type === type)
          .reduce((s, t) => s.plus(t.amount), new Decimal(0));
      expect(sum(3).gt(0) && sum(3).lt(sum(2))).toBe(true);
    }
  });

  test('the Central Asia regional NGO project: 40.5 million euros, budgeted and committed to an international NGO', () => {
    const regional = reportedBy('XI-IATI-EC_INTPA').filter((a) => a.recipientRegions.includes('619'));
    expect(regional).toHaveLength(1);
    const project = regional[0]!;
    expect([...project.recipientCountries].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    const budget = data.partners.budgets
      .filter((b) => b.activityId === project.id && b.currency === 'EUR')
      .reduce((s, b) => s.plus(b.amount), new Decimal(0));
    expect(budget.toFixed(2)).toBe('40500000.00');
    const commitments = transactionsOf([project]).filter((t) => t.type === 2);
    expect(
      commitments.map((t) => [t.amount, t.currency, partners.get(t.receiverPartnerId!)?.kind, t.receiverBin]),
    ).toEqual([['40500000.00', 'EUR', 'INTERNATIONAL_NGO', null]]);
  });
});
