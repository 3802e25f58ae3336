/**
 * English words made from a name: Korean from Korea, Italian from Italy,
 * Koreas, Trumpism. Such a word is neither a misspelling of the name nor
 * (for name-missing) a failure to mention it.
 */
import { foldedText, foldForm, isWordChar } from './glossary.js';
import { lookupTable } from './lookup.js';

/** Endings that make another word of a name rather than a slip of the keyboard. */
const ENDINGS = ['s', 'es', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ese', 'i', 'is', 'ish', 'ism', 'ist', 'ists', 'ite', 'ites'];

/** Whether `candidate` is one of `forms` plus an ending (Korea → Korean, Israel → Israeli). */
export function isDerivedFromForm(candidate: string, forms: ReadonlySet<string>): boolean {
  return ENDINGS.some((ending) => {
    if (!candidate.endsWith(ending)) return false;
    const stem = candidate.slice(0, -ending.length);
    // Israel → Israeli, but Takaichi → Takaichii is a slip of the key.
    if (ending.startsWith('i') && /[aeiouy]$/u.test(stem)) return false;
    return forms.has(stem);
  });
}

/** Endings that turn a place name into its adjective or plural: Korean, Japanese, Koreas. */
const DERIVED_AFTER_FORM = ['n', 'an', 'ian', 'ese', 'i', 'ish', 's', 'ns', 'ans', 'ians'];
/** The same, replacing a final vowel or y: Ital-ian, Chin-ese, German. */
const DERIVED_AFTER_STEM = ['an', 'ian', 'ese', 'ish', 'ic', ''];

/** Adjectives not made by an ending: the French president, a Polish minister, American officials. */
const IRREGULAR: Record<string, readonly string[]> = lookupTable({
  'United States': ['American', 'Americans'], 'United States of America': ['American', 'Americans'],
  America: ['American', 'Americans'], 'U.S.': ['American', 'Americans'], US: ['American', 'Americans'],
  'United Kingdom': ['British', 'Briton', 'Britons'], Britain: ['British', 'Briton', 'Britons'],
  'Great Britain': ['British'], UK: ['British'], 'U.K.': ['British'], England: ['English'], Scotland: ['Scottish', 'Scots'],
  Wales: ['Welsh'], Ireland: ['Irish'], France: ['French'], Netherlands: ['Dutch'], 'the Netherlands': ['Dutch'],
  Holland: ['Dutch'], Poland: ['Polish', 'Poles'], Sweden: ['Swedish', 'Swedes'], Denmark: ['Danish', 'Danes'],
  Finland: ['Finnish', 'Finns'], Norway: ['Norwegian', 'Norwegians'], Spain: ['Spanish', 'Spaniards'],
  Portugal: ['Portuguese'], Switzerland: ['Swiss'], Greece: ['Greek', 'Greeks'], Turkey: ['Turkish', 'Turks'],
  Türkiye: ['Turkish', 'Turks'], Turkiye: ['Turkish', 'Turks'], Thailand: ['Thai', 'Thais'],
  Philippines: ['Philippine', 'Filipino', 'Filipinos'], 'the Philippines': ['Philippine', 'Filipino', 'Filipinos'],
  Belgium: ['Belgian', 'Belgians'], Lebanon: ['Lebanese'], Afghanistan: ['Afghan', 'Afghans'], Peru: ['Peruvian', 'Peruvians'],
  'Czech Republic': ['Czech', 'Czechs'], Czechia: ['Czech', 'Czechs'], Slovakia: ['Slovak', 'Slovaks'],
  'Saudi Arabia': ['Saudi', 'Saudis'], 'New Zealand': ['New Zealander', 'New Zealanders'], Argentina: ['Argentine', 'Argentines'],
  Iceland: ['Icelandic'], Kazakhstan: ['Kazakh'], Uzbekistan: ['Uzbek'], Kyrgyzstan: ['Kyrgyz'], Tajikistan: ['Tajik'],
  Turkmenistan: ['Turkmen'], Madagascar: ['Malagasy'], Myanmar: ['Burmese'], Laos: ['Lao', 'Laotian'],
  'European Union': ['European'], Europe: ['European', 'Europeans'],
});

/**
 * Whether English `text` uses a word derived from one of the forms (Italian
 * for Italy, Korean for Korea, French for France): a translation often says
 * "the Italian prime minister" where the original names the country, and
 * "Defense Minister" where it names the minister of 국방부.
 */
export function mentionsDerivedForm(text: string, forms: readonly string[]): boolean {
  const words: string[] = [];
  for (const written of forms) {
    words.push(...(IRREGULAR[foldForm(written)] ?? []));
    const form = foldForm(written);
    // Defense Minister Shin for 신원식 국방부 장관: the ministry named by its minister
    if (/\b[Mm]inistry\b/u.test(form)) words.push(form.replace(/\b([Mm])inistry\b/u, '$1inister'));
    if (form.length < 4 || !/\p{L}$/u.test(form)) continue;
    for (const ending of DERIVED_AFTER_FORM) words.push(form + ending);
    if (/[aeioy]$/u.test(form)) {
      for (const ending of DERIVED_AFTER_STEM) if (ending || form.endsWith('y')) words.push(form.slice(0, -1) + ending);
    }
  }
  if (words.length === 0) return false;
  const folded = foldedText(text);
  return words.some((word) => {
    let at = folded.indexOf(word);
    while (at !== -1) {
      if (!isWordChar(folded[at - 1]) && !isWordChar(folded[at + word.length])) return true;
      at = folded.indexOf(word, at + 1);
    }
    return false;
  });
}
