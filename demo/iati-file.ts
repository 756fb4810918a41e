/**
 * Generates a large, valid IATI 2.03 activity file of a given size, written
 * piece by piece (the generator's memory does not grow with the file either).
 * Deterministic: the same size gives the same file. Used by the large-file
 * test and by `npm run bench:iati`.
 */
import fs from 'node:fs';
import { binCheckDigit } from '../lib/domain/bin.js';

const REPORTERS = [
  ['XM-DAC-41114', 'United Nations Development Programme'],
  ['XM-DAC-41122', "United Nations Children's Fund"],
  ['XM-DAC-41119', 'United Nations Population Fund'],
  ['XI-IATI-EC_INTPA', 'European Commission - International Partnerships'],
  ['GB-GOV-1', 'UK - Foreign, Commonwealth and Development Office'],
] as const;
const CURRENCIES = ['USD', 'EUR', 'KZT', 'GBP'] as const;
const REGIONS = ['KZ-71', 'KZ-75', 'KZ-79', 'KZ-35', 'KZ-61'];

/** Valid BINs, deterministic: registration month, type 4, head office, a serial, the check digit. */
export function generatedBins(count: number): string[] {
  const bins: string[] = [];
  for (let serial = 1; bins.length < count; serial++) {
    const prefix = `${String(10 + (serial % 14)).padStart(2, '0')}${String(1 + (serial % 12)).padStart(2, '0')}40${String(serial).padStart(5, '0')}`;
    const check = binCheckDigit(prefix);
    if (check !== null) bins.push(`${prefix}${check}`);
  }
  return bins;
}

const BINS = generatedBins(500);

function day(n: number): string {
  return new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

const NARRATIVES = [
  'Local NGOs monitor public services with citizens and report to the public council of the region.',
  'Местные НПО вместе с гражданами отслеживают качество государственных услуг и отчитываются перед общественным советом.',
  'Жергілікті ҮЕҰ азаматтармен бірге мемлекеттік қызметтердің сапасын бақылап, өңірлік қоғамдық кеңеске есеп береді.',
];

function narratives(prefix: string): string {
  return `<narrative>${prefix}: ${NARRATIVES[0]}</narrative><narrative xml:lang="ru">${prefix}: ${NARRATIVES[1]}</narrative><narrative xml:lang="kk">${prefix}: ${NARRATIVES[2]}</narrative>`;
}

function indicator(k: number, start: string): string {
  const year = start.slice(0, 4);
  return (
    `<indicator measure="1" ascending="1"><title>${narratives(`Indicator ${k}`)}</title><description>${narratives('How it is measured')}</description>` +
    `<baseline year="${year}" iso-date="${start}" value="${10 * k}"><comment>${narratives('Baseline')}</comment></baseline>` +
    `<period><period-start iso-date="${start}"/><period-end iso-date="${year}-12-31"/><target value="${20 * k}"><comment>${narratives('Target')}</comment></target>` +
    `<actual value="${15 * k}"><comment>${narratives('Achieved')}</comment></actual></period></indicator>`
  );
}

function result(n: number, k: number, start: string): string {
  return `  <result type="${1 + (k % 3)}" aggregation-status="0"><title>${narratives(`Result ${k} of activity ${n}`)}</title><description>${narratives('Why it matters')}</description>${indicator(1, start)}${indicator(2, start)}</result>`;
}

export function generatedActivity(n: number): string {
  const [reporter, reporterName] = REPORTERS[n % REPORTERS.length]!;
  const currency = CURRENCIES[n % CURRENCIES.length]!;
  // Activities start within 2021-2023 and their dates run at most 700 days on.
  const start = (n * 7) % 1_000;
  const lines = [
    ` <iati-activity last-updated-datetime="2025-10-01T00:00:00Z" default-currency="${currency}">`,
    `  <iati-identifier>${reporter}-KZ-GEN-${String(n).padStart(7, '0')}</iati-identifier>`,
    `  <reporting-org ref="${reporter}" type="40"><narrative>${reporterName}</narrative></reporting-org>`,
    `  <title><narrative>Generated activity ${n}: community grants &amp; local participation</narrative></title>`,
    `  <description type="1"><narrative>A generated activity for load tests, with grants to Kazakh NGOs in several currencies.</narrative></description>`,
    `  <participating-org ref="${reporter}" type="40" role="1"><narrative>${reporterName}</narrative></participating-org>`,
  ];
  const receivers = [0, 1, 2].map((k) => BINS[(n * 3 + k) % BINS.length]!);
  for (const bin of receivers)
    lines.push(
      `  <participating-org ref="KZ-BIN-${bin}" type="22" role="4"><narrative>NGO ${bin}</narrative></participating-org>`,
    );
  lines.push(
    '  <activity-status code="2"/>',
    `  <activity-date type="1" iso-date="${day(start)}"/>`,
    `  <activity-date type="3" iso-date="${day(start + 700)}"/>`,
    '  <recipient-country code="KZ"/>',
    `  <location ref="${REGIONS[n % REGIONS.length]}"/>`,
    `  <tag vocabulary="2" code="${1 + (n % 17)}"/>`,
    `  <tag vocabulary="3" code="${1 + (n % 17)}.1"/>`,
    `  <budget><period-start iso-date="${day(start)}"/><period-end iso-date="${day(start + 300)}"/><value value-date="${day(start)}">${100_000 + (n % 900) * 100}.00</value></budget>`,
  );
  let t = 0;
  for (const bin of receivers) {
    const commitment = 20_000 + ((n * 13 + t) % 500) * 100;
    lines.push(
      `  <transaction ref="GEN-${n}-${t}-C"><transaction-type code="2"/><transaction-date iso-date="${day(start + 10)}"/><value value-date="${day(start + 10)}">${commitment}.00</value>` +
        `<provider-org ref="${reporter}"><narrative>${reporterName}</narrative></provider-org><receiver-org ref="KZ-BIN-${bin}"><narrative>NGO ${bin}</narrative></receiver-org></transaction>`,
    );
    for (let k = 1; k <= 2; k++) {
      const other = k === 2 && n % 5 === 0 ? ' currency="USD"' : '';
      lines.push(
        `  <transaction ref="GEN-${n}-${t}-D${k}"><transaction-type code="3"/><transaction-date iso-date="${day(start + 30 * k)}"/><value${other} value-date="${day(start + 30 * k)}">${(commitment / 2).toFixed(2)}</value>` +
          `<description><narrative>Tranche ${k}</narrative></description><provider-org ref="${reporter}"/><receiver-org ref="KZ-BIN-${bin}"/></transaction>`,
      );
    }
    t += 1;
  }
  // Results are read past (not kept), as in published files, where they are much of each activity's size.
  for (let k = 1; k <= 4; k++) lines.push(result(n, k, day(start)));
  lines.push(' </iati-activity>', '');
  return lines.join('\n');
}

/** Writes a file of at least `bytes` bytes; returns how many activities it holds. */
export function writeIatiFile(file: string, bytes: number): { activities: number; bytes: number } {
  const fd = fs.openSync(file, 'w');
  try {
    let written = fs.writeSync(
      fd,
      '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2025-11-20T00:00:00Z">\n',
    );
    let n = 0;
    let buffer = '';
    while (written + buffer.length < bytes) {
      buffer += generatedActivity(n++);
      if (buffer.length > 1 << 20) {
        written += fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    written += fs.writeSync(fd, `${buffer}</iati-activities>\n`);
    return { activities: n, bytes: written };
  } finally {
    fs.closeSync(fd);
  }
}
