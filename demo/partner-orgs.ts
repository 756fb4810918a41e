/**
 * The international partners, with their org-id.guide identifiers and IATI
 * organisation types (40 Multilateral, 15 Other Public Sector, 10 Government,
 * 21 International NGO, 22 National NGO).
 */
import type { PartnerKind } from './types.js';

export interface PartnerDefinition {
  orgRef: string;
  name: string;
  acronym: string | null;
  kind: PartnerKind;
  iatiType: string;
  country: string | null;
}

const un = (orgRef: string, name: string, acronym: string): PartnerDefinition => ({
  orgRef,
  name,
  acronym,
  kind: 'UN_AGENCY',
  iatiType: '40',
  country: null,
});

export const UN_AGENCIES = {
  UNDP: un('XM-DAC-41114', 'United Nations Development Programme', 'UNDP'),
  UNICEF: un('XM-DAC-41122', "United Nations Children's Fund", 'UNICEF'),
  UNFPA: un('XM-DAC-41119', 'United Nations Population Fund', 'UNFPA'),
  UN_WOMEN: un('XM-DAC-41146', 'United Nations Entity for Gender Equality and the Empowerment of Women', 'UN Women'),
  UNHCR: un('XM-DAC-41121', 'Office of the United Nations High Commissioner for Refugees', 'UNHCR'),
} as const;

export type UnAgency = keyof typeof UN_AGENCIES;

export const EUROPEAN_COMMISSION: PartnerDefinition = {
  orgRef: 'XI-IATI-EC_INTPA',
  name: 'European Commission - Directorate-General for International Partnerships (EU Delegation to Kazakhstan)',
  acronym: 'EU',
  kind: 'EU',
  iatiType: '15',
  country: null,
};

export const BILATERAL_DONORS = {
  FCDO: {
    orgRef: 'GB-GOV-1',
    name: 'UK - Foreign, Commonwealth and Development Office',
    acronym: 'FCDO',
    kind: 'BILATERAL_DONOR',
    iatiType: '10',
    country: 'GB',
  },
  GIZ: {
    orgRef: 'XM-DAC-5-7',
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH',
    acronym: 'GIZ',
    kind: 'BILATERAL_DONOR',
    iatiType: '10',
    country: 'DE',
  },
} as const satisfies Record<string, PartnerDefinition>;

/**
 * The international NGO that implements the EU's Central Asia regional NGO
 * project. Invented for the demo, identifier included: the published figures
 * do not name the implementer, and the demo should not pin a real one to it.
 */
export const REGIONAL_IMPLEMENTER: PartnerDefinition = {
  orgRef: 'XI-IATI-CACSC',
  name: 'Central Asia Civil Society Consortium',
  acronym: 'CACSC',
  kind: 'INTERNATIONAL_NGO',
  iatiType: '21',
  country: null,
};
