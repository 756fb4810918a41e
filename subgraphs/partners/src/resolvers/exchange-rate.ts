import type { ConversionResolvers, ExchangeRateResolvers } from '../generated/graphql.js';

export const ExchangeRate: ExchangeRateResolvers = {
  date: (rate) => new Date(`${rate.rateDate}T00:00:00Z`),
};

/** A conversion at official rates: its rate date is the first rate's, or the value date when no rate was needed. */
export const Conversion: ConversionResolvers = {
  rateDate: (conversion) =>
    conversion.rates[0] ? new Date(`${conversion.rates[0].rateDate}T00:00:00Z`) : conversion.valueDate,
};
