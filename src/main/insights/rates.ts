/** Exchange rates the user enters per currency and month (Settings): 1 unit of `currency` in workspace units. */
import type { Db } from '../db/connection';
import type { ExchangeRate } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { exchangeRateRows } from './queries';
import { deleteRate, putRate } from './queries';

/** "0,92" or "0.92" → 920000 micros. */
export function parseRate(text: string): number {
  const micros = Math.round(Number(text.replace(',', '.')) * 1_000_000);
  if (!Number.isFinite(micros) || micros <= 0) {
    throw new DomainError('INVALID_INPUT', `${text} is not a positive rate`, { field: 'rate', key: 'kpis.badRate', params: { rate: text } });
  }
  return micros;
}

export function formatRate(micros: number): string {
  return String(micros / 1_000_000);
}

export function listRates(db: Db): ExchangeRate[] {
  return exchangeRateRows(db).map((r) => ({ currency: r.currency, month: r.month, rate: formatRate(r.rateMicros) }));
}

export function setRate(db: Db, input: { currency: string; month: string; rate: string }): ExchangeRate {
  const micros = parseRate(input.rate);
  const ws = getSettings(db).currency;
  if (input.currency === ws) {
    throw new DomainError('INVALID_INPUT', `${ws} is the workspace currency; it needs no rate`, { field: 'currency', key: 'kpis.rateForWorkspaceCurrency', params: { currency: ws } });
  }
  return write(db, () => {
    putRate(db, input.currency, input.month, micros);
    return { currency: input.currency, month: input.month, rate: formatRate(micros) };
  });
}

export function removeRate(db: Db, input: { currency: string; month: string }): { currency: string; month: string } {
  return write(db, () => {
    const n = deleteRate(db, input.currency, input.month);
    if (!n) throw new DomainError('NOT_FOUND', `No rate for ${input.currency} in ${input.month}`, { field: 'month', key: 'kpis.rateNotFound', params: input });
    return input;
  });
}
