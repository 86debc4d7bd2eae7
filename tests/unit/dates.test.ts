// Dates read the same on every machine and show the day the article gives.
import { afterEach, describe, expect, it } from 'vitest';
import { articleDate, formatDate, isoDateTime } from '../../src/lib/site.ts';

const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('article dates', () => {
  it.each([
    ['2025-02-12', '12 February 2025'],
    ['2025-02-12T00:30:00+14:00', '12 February 2025'],
    ['2025-02-12T23:30:00-11:00', '12 February 2025'],
    ['2025-02-12T23:59Z', '12 February 2025'],
    ['2025-02-12 08:00', '12 February 2025'],
    ['1066-10-14', '14 October 1066'],
  ])('%s shows as %s', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Asia/Kolkata'])('a time without a zone is UTC wherever the build runs (%s)', (tz) => {
    process.env['TZ'] = tz;
    expect(isoDateTime('2025-02-12T10:00')).toBe('2025-02-12T10:00:00.000Z');
    expect(isoDateTime('2025-02-12 10:00:00')).toBe('2025-02-12T10:00:00.000Z');
    expect(isoDateTime('2025-02-12')).toBe('2025-02-12T00:00:00.000Z');
    expect(formatDate('2025-02-12T10:00')).toBe('12 February 2025');
  });

  it('keeps the instant of a time with a zone', () => {
    expect(articleDate('2025-02-12T00:30:00+14:00').toISOString()).toBe('2025-02-11T10:30:00.000Z');
  });
});
