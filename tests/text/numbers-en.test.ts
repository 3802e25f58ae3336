import { describe, expect, it } from 'vitest';
import { extractQuantities, formatQuantity } from '../../src/check/text/numbers.js';

/** The normalized values found in `text`, conversions marked with a trailing `*`, optional figures with `?`. */
function values(text: string, skip: Array<{ start: number; end: number }> = []): string[] {
  return extractQuantities(text, 'en', skip).map((q) => formatQuantity(q) + (q.conversion ? '*' : '') + (q.optional ? '?' : ''));
}

describe('English quantities', () => {
  const table: Array<[string, string[]]> = [
    // digits, separators, decimals
    ['some 1,500 troops were sent', ['1,500']],
    ['a budget of 12,345,678 won', ['12,345,678 KRW']],
    ['growth slowed to 2.5%', ['2.5%']],
    ['leaders of 12 countries met', ['12']],
    ['a 30-day truce', ['30']],
    ['a 2,000-strong force', ['2,000']],
    ['155mm shells', ['155']],
    // percent
    ['approval stood at 60%', ['60%']],
    ['a rise of roughly 60 percent', ['60%']],
    ['2 per cent of GDP', ['2%']],
    ['unemployment fell 0.3 percentage points', ['0.3%']],
    ['sixty percent of voters', ['60%']],
    ['a 25-percent tariff', ['25%']],
    ['a 0.25 percentage-point cut', ['0.25%']],
    ['a 10-20% cut', ['10%', '20%']],
    ['cut rates by 25 basis points', ['0.25%']],
    ['a 25-basis-point cut', ['0.25%']],
    ['raised by 50bp', ['0.5%']],
    ['cut by a quarter of a percentage point', ['0.25%']],
    ['up half a percentage point', ['0.5%']],
    ['a quarter-point cut', ['0.25%']],
    // scales
    ['$300 million in aid', ['300,000,000 USD']],
    ['200 billion won', ['200,000,000,000 KRW']],
    ['1.2 trillion won', ['1,200,000,000,000 KRW']],
    ['a 1.2bn deal', ['1,200,000,000']],
    ['some 500k people', ['500,000']],
    ['$300m in loans', ['300,000,000 USD']],
    ['$15.2 billion', ['15,200,000,000 USD']],
    ['US$1.5 billion', ['1,500,000,000 USD']],
    ['USD 40 million', ['40,000,000 USD']],
    ['KRW 1.5 trillion', ['1,500,000,000,000 KRW']],
    ['a KRW8tn package', ['8,000,000,000,000 KRW']],
    ['300 million dollars', ['300,000,000 USD']],
    ['3 million US dollars', ['3,000,000 USD']],
    ['$3-4 billion', ['3,000,000,000 USD', '4,000,000,000 USD']],
    ['300 to 400 million', ['300,000,000', '400,000,000']],
    ['150 thousand people', ['150,000']],
    // currencies
    ['€3 million', ['3,000,000 EUR']],
    ['¥500 billion', ['500,000,000,000 JPY']],
    ['50 billion yen', ['50,000,000,000 JPY']],
    ['£2 billion', ['2,000,000,000 GBP']],
    ['3 billion euros', ['3,000,000,000 EUR']],
    ['10 billion yuan', ['10,000,000,000 CNY']],
    ['5 million pounds sterling', ['5,000,000 GBP']],
    // a paragraph wrapped in the Markdown source
    ['gave $300\nmillion in aid, twenty-one per\ncent of it', ['300,000,000 USD', '21%']],
    ['up 60\npercent', ['60%']],
    // conversions
    ['$15.2 billion (about 22 trillion won)', ['15,200,000,000 USD', '22,000,000,000,000 KRW*']],
    ['22 trillion won ($15.2 billion)', ['22,000,000,000,000 KRW', '15,200,000,000 USD*']],
    // a measure and its conversion into the other system: either serves, neither is required
    ['altitudes above 40 km (25 miles)', ['40?', '25?']],
    ['a range of 300 kilometers (186 miles)', ['300?', '186?']],
    ['a range of 186 miles (about 300 kilometres)', ['186?', '300?']],
    ['it weighs 1,500 kg (3,300 pounds)', ['1,500?', '3,300?']],
    ['300 kilometers (186 kilometers)', ['300', '186']],
    ['300 km (186) away', ['300', '186']],
    // number words
    ['twenty-one warships', ['21']],
    ['Twelve ships', ['12']],
    ['ten countries', ['10']],
    ['a dozen missiles', ['12']],
    ['two dozen drones', ['24']],
    ['forty-five minutes', ['45']],
    ['two hundred and fifty soldiers', ['250']],
    ['a million shells', ['1,000,000']],
    ['half a million people', ['500,000']],
    ['twenty million dollars', ['20,000,000 USD']],
    ['a tenfold rise', ['10']],
    ['for the first time in a decade', ['10']],
    ['over the past decade', ['10']],
    ['two decades of talks', ['20']],
    ['a seven-decade alliance', ['70']],
    ['half a century', ['50']],
    ['a half-century of division', ['50']],
    ['a century ago', ['100']],
    // ordinals, decades, age groups
    ['the 21st National Assembly', ['21st']],
    ['the 19th-century treaty', ['19th']],
    ['the twenty-first century', ['21st']],
    ['the 50th anniversary', ['50th']],
    ['the 1990s', ['1990s']],
    ["the '90s", ['1990s']],
    ['the mid-1990s', ['1990s']],
    ['men in their 60s', ['60s']],
    // not quantities
    ['three people were hurt', []],
    ['one of the reasons', []],
    ['the fourth visit', []],
    ['over the next five years', []],
    ['hundreds of thousands of artillery shells', []],
    ['dozens of Patriot missiles', []],
    ['tens of billions of dollars', []],
    ['in 2018', []],
    ['by 2035, the jet', []],
    ['December 19, 2023', []],
    ['19 December 2023', []],
    ['Dec. 14', []],
    ['the drills on December 10-15', []],
    ['from 10 to 15 December', []],
    ['10 to 12 ships', ['10', '12']],
    ['on the 16th, the ministers met', []],
    ['the 19th of December', []],
    ['On the 22nd, he left', []],
    ['at 11:52', []],
    // durations: one value in seconds
    ['won the race in 2:05:41', ['2:05:41']],
    ['broke the record (2:05:59) by 18 seconds', ['2:05:59', '18']],
    ['a Korean record of 1:44.40', ['1:44.4']],
    ['2 hours, 5 minutes and 41 seconds', ['2:05:41']],
    ['5 minutes 41 seconds', ['5:41?']],
    ['at 10:30:00 a.m.', []],
    ['ran the mile in 3:58', []],
    ['a fortnight later', ['14?']],
    ['batting .312 with 40 home runs', ['40']], // a fraction written without its zero
    ['the No.1 seed', []],
    ['at 3:30 p.m.', []],
    ['at 3 p.m.', []],
    ['2026-01-17', []],
    ['the F-2 fighter', []],
    ['PAC-3 interceptors', []],
    ['K2 tanks and K9 howitzers', []],
    ['the G20 summit', []],
    ['the Group of 20 summit', []],
    ['COVID-19', []],
    ['the A400M transport', []],
    ['Su-57 jets', []],
    ['a 728x90 banner', []],
    // fractions: as percentages, counterparts only (4분의 1 or 25% on the other side)
    ['one-tenth of the budget', ['10%?']],
    ['a third of the budget', ['33%?', '33.3%?']],
    ['a quarter of the budget', ['25%?']],
    ['see https://example.com/2023/12/post-1500', []],
    ['version 2.10.3', []],
  ];

  it.each(table)('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('has at least fifty phrasings', () => {
    expect(table.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps the phrase as written, currency included', () => {
    const text = 'Japan pledged $300 million, about 60 percent of it in loans.';
    const [money, share] = extractQuantities(text, 'en', []);
    expect(money).toMatchObject({ text: '$300 million', value: 300_000_000, currency: 'USD', percent: false });
    expect(share).toMatchObject({ text: '60 percent', value: 60, percent: true });
    expect(share).not.toHaveProperty('currency');
    expect(text.slice(share!.start, share!.end)).toBe('60 percent');
  });

  it('skips digits inside the given date spans, but not a decade', () => {
    const text = 'on the 21st in the 1990s and 40 ships';
    expect(values(text)).toEqual(['1990s', '40']);
    const skip = [{ start: 7, end: 11 }, { start: 19, end: 24 }, { start: 29, end: 31 }];
    expect(values(text, skip)).toEqual(['1990s']);
  });

  it('keeps a figure with a scale, currency or % even inside a date span', () => {
    expect(values('a 2026 billion won budget', [{ start: 2, end: 6 }])).toEqual(['2,026,000,000,000 KRW']);
    expect(values('up 2030% since', [{ start: 3, end: 7 }])).toEqual(['2,030%']);
    expect(values('the 2030 target', [{ start: 4, end: 8 }])).toEqual([]);
  });

  it('reads no number in words that only share a name with what every object has', () => {
    expect(values('The constructor said valueOf and toString rose; hasOwnProperty fell.')).toEqual([]);
    expect(values('The Constructor of 1,500 homes')).toEqual(['1,500']);
  });
});
