import fc from 'fast-check';
import { addDays, dayNumber, daysBetween, fromDayNumber, isCalendarDate } from '../../src/text/dates.js';

describe('calendar days without Date objects', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['0000-01-01', false],
    ['2026-04-31', false],
    ['2026-1-01', false],
    ['2026-1a-01', false],
    ['+026-01-01', false],
    ['2026-01-01 ', false],
    ['2026/01/01', false],
    ['２０２６-01-01', false],
  ])('%s is a calendar day: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('accepts exactly the strings that spell a real day', () => {
    const oracle = (value: string): boolean => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    };
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
      fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom('0', '1', '2', '9', '-', '+', ' ', 'a', '/') }),
    );
    fc.assert(fc.property(text, (value) => expect(isCalendarDate(value)).toBe(oracle(value))), { numRuns: 5000 });
  });

  it('agrees with Date for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), fc.integer({ min: -400, max: 400 }), (days, delta) => {
        const iso = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(days);
        expect(fromDayNumber(days)).toBe(iso);
        expect(isCalendarDate(iso)).toBe(true);
        expect(addDays(iso, delta)).toBe(new Date((days + delta) * 86_400_000).toISOString().slice(0, 10));
        expect(daysBetween(iso, addDays(iso, delta))).toBe(delta);
      }),
      { numRuns: 2000 },
    );
  });
});
