/**
 * Scalars shared by the subgraphs. Date comes from graphql-scalars
 * (`YYYY-MM-DD`, a JavaScript Date inside). Decimal and Currency are our own:
 * exact decimal strings, never floats; ISO 4217 codes checked against ICU's
 * list, with BAD_USER_INPUT errors that say what to write instead.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import { Decimal, describeCurrencyProblem } from '../domain/money.js';

/**
 * A date the database can store: years 1 to 9999. graphql-scalars reads
 * "0000-01-01" as a date, which PostgreSQL refuses with an internal error;
 * it is the client's mistake. Each argument also checks its own plausible
 * range (lib/graphql/filters.ts), naming the argument.
 */
function storable(value: Date): Date {
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) {
    throw new GraphQLError(
      `Date: there is no year ${Number.isNaN(year) ? '?' : year} here; write YYYY-MM-DD from 0001`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

/**
 * graphql-scalars' Date, with messages that name the format and, for the
 * day-month-year forms people write (20.11.2022, 20/11/2022, 2022/11/20),
 * the date they meant.
 */
function badDate(value: unknown): GraphQLError {
  const text = typeof value === 'string' ? value.trim() : undefined;
  let meant: string | undefined;
  const dayFirst = text && /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const yearFirst = text && /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(text);
  if (dayFirst) meant = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  if (yearFirst) meant = `${yearFirst[1]}-${yearFirst[2]!.padStart(2, '0')}-${yearFirst[3]!.padStart(2, '0')}`;
  const message =
    text && /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? `Date ${JSON.stringify(text)} has the right form (YYYY-MM-DD) but there is no such day`
      : `Date must be written YYYY-MM-DD, e.g. "2025-11-20"; got ${JSON.stringify(value)}${meant ? `: write "${meant}"` : ''}`;
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue(value) {
    let date: Date;
    try {
      date = DateResolver.parseValue(value);
    } catch {
      throw badDate(value);
    }
    return storable(date);
  },
  parseLiteral(ast, variables) {
    let date: Date;
    try {
      date = DateResolver.parseLiteral(ast, variables);
    } catch {
      throw badDate(ast.kind === Kind.STRING ? ast.value : undefined);
    }
    return storable(date);
  },
});

function parseCurrency(value: unknown): string {
  const problem =
    typeof value === 'string' ? describeCurrencyProblem(value) : `${JSON.stringify(value)} is not a currency code`;
  if (problem) throw new GraphQLError(`Currency: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value as string;
}

export const CurrencyScalar = new GraphQLScalarType<string, string>({
  name: 'Currency',
  description: 'An ISO 4217 currency code, e.g. EUR, USD, KZT.',
  serialize: (value) => parseCurrency(value),
  parseValue: parseCurrency,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) parseCurrency(undefined);
    return parseCurrency((ast as { value: string }).value);
  },
});

const DECIMAL_TEXT = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string' || !DECIMAL_TEXT.test(value)) {
    throw new GraphQLError(
      `Decimal must be a string of digits with an optional "." and up to 6 decimals, e.g. "1250000.50"; got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return new Decimal(value);
}

/** Money to the cent at least ("40500000.00"); more decimals when the value has them (a rate such as "470.123456"). */
function wireDecimal(value: Decimal): string {
  return value.decimalPlaces() > 2 ? value.toFixed() : value.toFixed(2);
}

export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "1250000.50".',
  serialize(value) {
    // Prisma returns its own Decimal (decimal.js underneath); both print exactly with toFixed.
    if (value instanceof Decimal || (typeof value === 'object' && value !== null && 'toFixed' in value)) {
      return wireDecimal(new Decimal((value as Decimal).toString()));
    }
    if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return wireDecimal(new Decimal(value));
    throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal must be written as a string, e.g. "1250000.50", so no precision is lost', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseDecimal(ast.value);
  },
});
