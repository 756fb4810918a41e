/** What a new partner row says about an organization first met in an IATI file. */
import { binFromOrgRef, isValidBin } from '../../../../lib/domain/bin.js';
import type { PartnerKind } from '../generated/prisma/client.js';

export interface NewPartner {
  orgRef: string;
  name: string;
  kind: PartnerKind;
  iatiType: string | null;
  country: string | null;
  ngoBin: string | null;
}

// IATI OrganisationType codes to the project's kinds; UN and EU references are recognised first.
const KIND_BY_TYPE: Record<string, PartnerKind> = {
  '10': 'GOVERNMENT',
  '11': 'GOVERNMENT',
  '21': 'INTERNATIONAL_NGO',
  '22': 'NATIONAL_NGO',
  '23': 'INTERNATIONAL_NGO',
  '40': 'MULTILATERAL',
  '60': 'FOUNDATION',
};

export function partnerKind(orgRef: string, iatiType: string | null): PartnerKind {
  if (orgRef.startsWith('KZ-BIN-')) return 'NATIONAL_NGO';
  if (orgRef.startsWith('XI-IATI-EC')) return 'EU';
  // OECD DAC codes 41xxx are United Nations agencies, funds and programmes.
  if (/^XM-DAC-41\d{3}$/.test(orgRef)) return 'UN_AGENCY';
  return (iatiType && KIND_BY_TYPE[iatiType]) || 'OTHER';
}

/** The valid BIN of a `KZ-BIN-...` reference, or null (another reference, or a BIN that fails its check digit). */
export function linkedBin(orgRef: string | null): string | null {
  const bin = binFromOrgRef(orgRef);
  return bin && isValidBin(bin) ? bin : null;
}

export function newPartner(orgRef: string, name: string | null, iatiType: string | null): NewPartner {
  const bin = linkedBin(orgRef);
  const prefix = /^([A-Z]{2})-/.exec(orgRef)?.[1];
  // XM (multilateral) and XI (IATI-registered) are org-id.guide's pseudo-countries.
  const country = orgRef.startsWith('KZ-BIN-') ? 'KZ' : prefix && prefix !== 'XM' && prefix !== 'XI' ? prefix : null;
  return {
    orgRef,
    name: name ?? orgRef,
    kind: partnerKind(orgRef, iatiType),
    iatiType: iatiType?.slice(0, 4) ?? null,
    country,
    ngoBin: bin,
  };
}
