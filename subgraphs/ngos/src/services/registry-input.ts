/**
 * Validation of registry changes. Every problem is an expected failure,
 * returned as data (NgoChangeError) naming the input field, never thrown:
 * a registrar's typo is not an error of the service.
 */
import { binProblem, describeBinProblem } from '../../../../lib/domain/bin.js';
import { cleanText } from '../../../../lib/domain/clean-text.js';
import { describeRegionProblem } from '../../../../lib/domain/regions.js';
import type {
  LegalForm,
  NgoChangeErrorCode,
  NgoContactsInput,
  NgoNamesInput,
  RegisterNgoInput,
  Sector,
  UpdateNgoInput,
} from '../generated/graphql.js';

export interface ChangeError {
  code: NgoChangeErrorCode;
  message: string;
  field: string | null;
  existingNgoId: string | null;
}

export class ChangeRefused extends Error {
  constructor(readonly error: ChangeError) {
    super(error.message);
  }
}

export function refuse(
  code: NgoChangeErrorCode,
  message: string,
  field: string | null = null,
  existingNgoId: string | null = null,
): never {
  throw new ChangeRefused({ code, message, field, existingNgoId });
}

const invalid = (field: string, message: string): never => refuse('INVALID_INPUT', message, field);

/** The columns a registrar may set, as Prisma writes them. */
export interface NgoFields {
  nameKk?: string | null;
  nameRu?: string;
  nameEn?: string | null;
  legalForm?: LegalForm;
  regionCode?: string;
  sectors?: Sector[];
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  address?: string | null;
}

/** Kazakhstan's independence: NGOs registered under its law from then on. */
const FIRST_REGISTRATION_DAY = '1991-12-16';
const MAX_TEXT = 500;
const MAX_SECTORS = 5;

/** Clean text (lib/domain/clean-text.ts); null for an absent or blank value unless required. */
function text(value: string | null | undefined, field: string, required: boolean): string | null {
  const cleaned = cleanText(value);
  if (!cleaned.ok) return invalid(field, `${field} ${cleaned.reason}`);
  const trimmed = cleaned.value;
  if (!trimmed) return required ? invalid(field, `${field} is required: give a non-empty value`) : null;
  if (trimmed.length > MAX_TEXT) invalid(field, `${field} is ${trimmed.length} characters long; at most ${MAX_TEXT}`);
  return trimmed;
}

function names(input: NgoNamesInput, field: string): Pick<NgoFields, 'nameKk' | 'nameRu' | 'nameEn'> {
  return {
    nameKk: text(input.kk, `${field}.kk`, false),
    nameRu: text(input.ru, `${field}.ru`, true)!,
    nameEn: text(input.en, `${field}.en`, false),
  };
}

function region(code: string, field: string): string {
  const problem = describeRegionProblem(code);
  return problem ? invalid(field, problem) : code;
}

function sectors(values: readonly Sector[], field: string): Sector[] {
  const distinct = [...new Set(values)];
  if (distinct.length < 1 || distinct.length > MAX_SECTORS)
    invalid(field, `${field} must name 1 to ${MAX_SECTORS} sectors; got ${distinct.length}`);
  return distinct;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+\d[\d ()-]*$/;

function contacts(input: NgoContactsInput, field: string): Pick<NgoFields, 'email' | 'phone' | 'website' | 'address'> {
  const out: Pick<NgoFields, 'email' | 'phone' | 'website' | 'address'> = {};
  // Only the contact fields given change; a field given as null (or blank) clears it.
  if (input.email !== undefined) {
    out.email = text(input.email, `${field}.email`, false);
    if (out.email && !EMAIL.test(out.email))
      invalid(`${field}.email`, `"${out.email}" is not an e-mail address such as info@example.kz`);
  }
  if (input.phone !== undefined) {
    out.phone = text(input.phone, `${field}.phone`, false);
    const digits = out.phone?.replace(/\D/g, '').length ?? 0;
    if (out.phone && (!PHONE.test(out.phone) || digits < 8 || digits > 15)) {
      invalid(
        `${field}.phone`,
        `"${out.phone}" is not a telephone number in international form, e.g. +7 701 123 45 67`,
      );
    }
  }
  if (input.website !== undefined) {
    out.website = text(input.website, `${field}.website`, false);
    if (out.website && !isWebAddress(out.website))
      invalid(`${field}.website`, `"${out.website}" is not a web address starting with http:// or https://`);
  }
  if (input.address !== undefined) out.address = text(input.address, `${field}.address`, false);
  return out;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The BIN checked for what an NGO's BIN must be: valid, a legal entity's, of the registration month. */
function bin(value: string, registeredOn: string): string {
  const problem = describeBinProblem(value);
  if (problem) invalid('input.bin', problem);
  if (value[4] !== '4' && value[4] !== '5') {
    invalid(
      'input.bin',
      `the fifth digit of an NGO's BIN is 4 (resident legal entity) or 5 (non-resident); ${value} has ${value[4]}`,
    );
  }
  const yymm = registeredOn.slice(2, 4) + registeredOn.slice(5, 7);
  if (value.slice(0, 4) !== yymm) {
    invalid(
      'input.registeredOn',
      `the BIN ${value} was issued in ${value.slice(0, 2)}/${value.slice(2, 4)} (YY/MM), but registeredOn is ${registeredOn}: a BIN opens with the year and month of registration`,
    );
  }
  return value;
}

function registrationDay(date: Date, today: string): string {
  const day = date.toISOString().slice(0, 10);
  if (day < FIRST_REGISTRATION_DAY)
    invalid(
      'input.registeredOn',
      `registeredOn ${day} is before ${FIRST_REGISTRATION_DAY}, when registration under Kazakh law began`,
    );
  if (day > today) invalid('input.registeredOn', `registeredOn ${day} is in the future (today is ${today})`);
  return day;
}

export type NewNgo = NgoFields &
  Required<Pick<NgoFields, 'nameRu' | 'legalForm' | 'regionCode' | 'sectors'>> & {
    bin: string;
    registeredOn: string;
  };

/** A registration, validated; `today` is the server's date, the only use of the clock in the registry. */
export function validateRegistration(input: RegisterNgoInput, today: string): NewNgo {
  // The BIN's own format first: its date check needs a well-formed BIN.
  if (binProblem(input.bin)) invalid('input.bin', describeBinProblem(input.bin)!);
  const registeredOn = registrationDay(input.registeredOn, today);
  const named = names(input.names, 'input.names');
  return {
    bin: bin(input.bin, registeredOn),
    registeredOn,
    ...named,
    nameRu: named.nameRu!,
    legalForm: input.legalForm,
    regionCode: region(input.regionCode, 'input.regionCode'),
    sectors: sectors(input.sectors, 'input.sectors'),
    ...(input.contacts ? contacts(input.contacts, 'input.contacts') : {}),
  };
}

/** A correction, validated: only what the input gives. */
export function validateUpdate(input: UpdateNgoInput): NgoFields {
  return {
    ...(input.names ? names(input.names, 'input.names') : {}),
    ...(input.legalForm ? { legalForm: input.legalForm } : {}),
    ...(input.regionCode != null ? { regionCode: region(input.regionCode, 'input.regionCode') } : {}),
    ...(input.sectors ? { sectors: sectors(input.sectors, 'input.sectors') } : {}),
    ...(input.contacts ? contacts(input.contacts, 'input.contacts') : {}),
  };
}

export function validateReason(reason: string): string {
  const cleaned = cleanText(reason);
  if (!cleaned.ok) return invalid('reason', `reason ${cleaned.reason}`);
  const trimmed = cleaned.value ?? '';
  if (trimmed.length < 3 || trimmed.length > MAX_TEXT)
    invalid('reason', `reason must be 3 to ${MAX_TEXT} characters; got ${trimmed.length}`);
  return trimmed;
}
