import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  CalendarRangeError,
  englandAndWales,
  englandAndWalesBankHolidays,
  InvalidDateError,
  toEpochDay,
  WorkingDayCalendar,
} from '../src/index.ts';

describe('England and Wales bank-holiday table', () => {
  const dates = englandAndWalesBankHolidays.holidays.map((h) => h.date);

  it('is sorted with no duplicates and holds 8 or more holidays in every year it covers', () => {
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (let year = englandAndWalesBankHolidays.firstYear; year <= englandAndWalesBankHolidays.lastYear; year++) {
      expect(dates.filter((d) => d.startsWith(`${year}-`)).length, `${year}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('matches the DfE CIN validator list for 2022–2027, one-off holidays included', () => {
    expect(dates.filter((d) => d.startsWith('2022-'))).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(dates.filter((d) => d.startsWith('2026-'))).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(dates).toContain('2023-05-08');
  });
});

describe('working days', () => {
  it('counts the plan deadlines of the demo: report received Friday 1 May 2026', () => {
    expect(englandAndWales.addWorkingDays('2026-05-01', 30)).toBe('2026-06-16');
    expect(englandAndWales.addWorkingDays('2026-05-01', 70)).toBe('2026-08-11');
    expect(englandAndWales.elapsedWorkingDays('2026-05-01', '2026-08-11')).toBe(70);
  });

  it('treats the start as day 0 and skips weekends and bank holidays', () => {
    expect(englandAndWales.addWorkingDays('2026-05-01', 1)).toBe('2026-05-05'); // Mon 4 May is a bank holiday
    expect(englandAndWales.elapsedWorkingDays('2026-05-01', '2026-05-04')).toBe(0);
    expect(englandAndWales.elapsedWorkingDays('2026-05-01', '2026-05-05')).toBe(1);
    expect(englandAndWales.addWorkingDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('counts back to the earliest working day at the given distance', () => {
    expect(englandAndWales.addWorkingDays('2026-05-05', -1)).toBe('2026-05-01');
    expect(englandAndWales.addWorkingDays('2026-08-11', -70)).toBe('2026-05-01');
    expect(englandAndWales.addWorkingDays('2026-05-04', -1)).toBe('2026-04-30');
  });

  it('answers negative elapsed days when the end comes first', () => {
    expect(englandAndWales.elapsedWorkingDays('2026-05-05', '2026-05-01')).toBe(-1);
  });

  it('knows bank holidays by name and weekends as non-working', () => {
    expect(englandAndWales.isWorkingDay('2026-05-25')).toBe(false);
    expect(englandAndWales.bankHoliday('2026-05-25')).toBe('Spring bank holiday');
    expect(englandAndWales.isWorkingDay('2026-07-18')).toBe(false); // Saturday
    expect(englandAndWales.isWorkingDay('2026-07-15')).toBe(true);
  });

  it('refuses dates outside the table instead of guessing', () => {
    expect(() => englandAndWales.elapsedWorkingDays('2015-12-31', '2016-01-05')).toThrow(CalendarRangeError);
    expect(() => englandAndWales.addWorkingDays('2030-12-20', 30)).toThrow(/outside the england-and-wales/);
  });

  it('rejects impossible dates', () => {
    expect(() => englandAndWales.isWorkingDay('2026-02-30')).toThrow(InvalidDateError);
  });

  it('works from any table, so the holiday list can be updated without a code change', () => {
    const calendar = new WorkingDayCalendar({
      division: 'test',
      version: '1',
      firstYear: 2030,
      lastYear: 2030,
      holidays: [{ date: '2030-01-02', title: 'Invented holiday' }],
    });
    expect(calendar.addWorkingDays('2030-01-01', 1)).toBe('2030-01-03');
  });
});

describe('calendar helpers', () => {
  it('adds months clamping to month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', -6)).toBe('2025-09-15');
  });

  it('works out age in whole years', () => {
    expect(ageOn('2010-07-15', '2026-07-14')).toBe(15);
    expect(ageOn('2010-07-15', '2026-07-15')).toBe(16);
  });

  it('converts ISO dates to epoch days', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
  });
});
