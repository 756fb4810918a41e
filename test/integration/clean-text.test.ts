/**
 * Text is stored clean (lib/domain/clean-text.ts) whatever path it enters by:
 * a registrar's registration and correction, a recipient's report (single or
 * CSV), an IATI import and an open-data portal record. Each path stores NFC
 * text without invisible characters, on a copy of the demo data; refusals are
 * in the security corpus (test/security/corpus-second-round.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Viewer } from '../../lib/auth/viewer.js';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { createDb as createNgosDb, type Db as NgosDb } from '../../subgraphs/ngos/src/db.js';
import { registerNgo, updateNgo } from '../../subgraphs/ngos/src/services/registry.js';
import { createDb as createPartnersDb, type Db as PartnersDb } from '../../subgraphs/partners/src/db.js';
import { importIatiText, importReportsCsvText } from '../../subgraphs/partners/src/services/partner-mutations.js';
import { mapRecord, MappingProblem, type DatasetMapping } from '../../sync/egov/mapping.js';
import { demoDatabase, dropDatabase } from '../support/databases.js';

const REGISTRAR: Viewer = { role: 'registrar', subject: 'registrar-clean', organization: null };
const ADMIN: Viewer = { role: 'admin', subject: 'admin-clean', organization: null };

/** "Фонд «Дана-ӘЙ»" as a careless form sends it: Й decomposed (И + breve), zero-width spaces, a BOM, a soft hyphen. */
const DIRTY_NAME = '\uFEFFФо\u200Bнд  «Да\u00ADна-Ә\u0418\u0306»\u200B ';
const CLEAN_NAME = 'Фонд «Дана-Ә\u0419»';

let ngosUrl: string;
let partnersUrl: string;
let ngos: NgosDb;
let partners: PartnersDb;

beforeAll(async () => {
  [ngosUrl, partnersUrl] = await Promise.all([demoDatabase('ngos'), demoDatabase('partners')]);
  ngos = createNgosDb(ngosUrl);
  partners = createPartnersDb(partnersUrl);
});

afterAll(async () => {
  await ngos?.$disconnect();
  await partners?.$disconnect();
  await Promise.all([ngosUrl, partnersUrl].filter(Boolean).map((url) => dropDatabase(url)));
});

function newBin(): string {
  for (let serial = 90_000; ; serial += 1) {
    const first11 = `250140${serial}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

describe('stored text is clean', () => {
  test('a registration and a correction store NFC names without invisible characters', async () => {
    const registered = await registerNgo(ngos, REGISTRAR, 'clean-1', {
      bin: newBin(),
      names: { ru: DIRTY_NAME, en: 'Dana\u200B Foundation' },
      legalForm: 'PUBLIC_FOUNDATION',
      registeredOn: new Date('2025-01-15T00:00:00.000Z'),
      regionCode: 'KZ-75',
      sectors: ['EDUCATION'],
      contacts: { address: 'Алматы,\u200B\nул. Абая 1' },
    });
    expect(registered.error).toBeNull();
    const id = registered.ngo!.id;
    expect(await ngos.ngo.findUnique({ where: { id }, select: { nameRu: true, nameEn: true, address: true } })).toEqual(
      {
        nameRu: CLEAN_NAME,
        nameEn: 'Dana Foundation',
        address: 'Алматы, ул. Абая 1',
      },
    );
    const updated = await updateNgo(ngos, REGISTRAR, 'clean-2', id, { names: { ru: CLEAN_NAME, kk: DIRTY_NAME } });
    expect(updated.error).toBeNull();
    expect((await ngos.ngo.findUnique({ where: { id }, select: { nameKk: true } }))?.nameKk).toBe(CLEAN_NAME);
  });

  test('a recipient report from CSV stores a clean description with its line breaks', async () => {
    const [disbursement] = await partners.$queryRaw<{ activity: string; recipient: string }[]>`
      SELECT a.iati_identifier AS activity, t.receiver_org_ref AS recipient
      FROM transactions t JOIN activities a ON a.id = t.activity_id
      WHERE t.type = 3 AND t.receiver_org_ref LIKE 'KZ-BIN-%' ORDER BY 1, 2 LIMIT 1`;
    if (!disbursement) throw new Error('the demo data has a disbursement to a Kazakh organization');
    const csv = [
      'recipient_org_ref,activity_identifier,ref,type,transaction_date,value_date,amount,currency,reported_on,description',
      `${disbursement.recipient},${disbursement.activity},clean-\u200B1,1,2025-03-01,2025-03-01,1.00,EUR,2025-03-02,"\uFEFFДа\u200Bна-Ә\u0418\u0306\u00AD\r\nвторая строка"`,
    ].join('\n');
    const result = await importReportsCsvText(partners, csv, ADMIN);
    expect(result.problems).toEqual([]);
    expect(
      await partners.recipientReport.findFirst({
        where: { recipientOrgRef: disbursement.recipient, ref: 'clean-1' },
        select: { description: true },
      }),
    ).toEqual({ description: 'Дана-Ә\u0419\nвторая строка' });
  });

  test('an IATI import stores clean titles and partner names, and rejects a title with a bidirectional override', async () => {
    const activity = (id: string, title: string, partner: string) =>
      `<iati-activity default-currency="USD"><iati-identifier>${id}</iati-identifier><reporting-org ref="XM-DAC-41119" type="40"><narrative>UNFPA</narrative></reporting-org><title><narrative>${title}</narrative></title><participating-org ref="KZ-CLEAN-PARTNER" type="22" role="4"><narrative>${partner}</narrative></participating-org><activity-status code="2"/></iati-activity>`;
    const xml = `<iati-activities version="2.03">${activity('XM-DAC-41119-KZ-CLEAN-1', DIRTY_NAME, DIRTY_NAME)}${activity('XM-DAC-41119-KZ-CLEAN-2', 'Фонд \u202Eдноф', 'x')}</iati-activities>`;
    const { report } = await importIatiText(partners, xml);
    expect({ created: report.created, rejected: report.rejected }).toEqual({ created: 1, rejected: 1 });
    expect(report.rejections[0]).toMatchObject({
      iatiIdentifier: 'XM-DAC-41119-KZ-CLEAN-2',
      element: 'title/narrative',
    });
    expect(report.rejections[0]?.reason).toContain('U+202E');
    expect(
      await partners.activity.findUnique({
        where: { iatiIdentifier: 'XM-DAC-41119-KZ-CLEAN-1' },
        select: { title: true },
      }),
    ).toEqual({ title: CLEAN_NAME });
    expect(
      await partners.partner.findUnique({ where: { orgRef: 'KZ-CLEAN-PARTNER' }, select: { name: true } }),
    ).toEqual({ name: CLEAN_NAME });
  });

  test('an open-data portal record is mapped to clean text, or rejected saying why', () => {
    const dataset: DatasetMapping = {
      name: 'councils',
      version: 'v1',
      target: 'councils',
      key: 'id',
      pageSize: 500,
      fields: { nameRu: 'name_ru', level: 'level', formedBy: 'formed_by', formedOn: 'formed_on' },
    };
    const record = { id: '7', name_ru: DIRTY_NAME, level: 'LOCAL', formed_by: 'Акимат', formed_on: '2020-01-01' };
    expect(mapRecord(record, dataset).values.nameRu).toBe(CLEAN_NAME);
    expect(() => mapRecord({ ...record, name_ru: '\u001b[2JСовет' }, dataset)).toThrow(MappingProblem);
    expect(() => mapRecord({ ...record, name_ru: '\u200B\u200B' }, dataset)).toThrow(
      'name_ru: holds only invisible characters',
    );
  });
});
