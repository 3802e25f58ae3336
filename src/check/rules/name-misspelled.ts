/**
 * name-misspelled (SPEC §5.2): in the English version, a capitalized word or
 * run of words one or two slips away from a glossary form.
 */
import type { Pair } from '../../types.js';
import type { PairRule } from '../rule.js';
import { articleNames, blockNames } from '../text/glossary.js';
import { findNearMisses } from '../text/near-miss.js';

export const nameMisspelled: PairRule = {
  id: 'name-misspelled',
  scope: 'pair',
  description: 'A name in the English version is one or two letters away from a glossary form (Damerau–Levenshtein distance, at most a quarter of the form).',
  help: 'Correct the spelling to the glossary form named in the message; if it is another name, add it to locales/glossary.yaml (or the article\'s `names`).',
  check(pair: Pair, ctx) {
    const entries = ctx.glossary(pair);
    const korean = articleNames(pair.ko, ctx, entries);
    // The English names name-missing found already: nothing inside one is a near miss.
    const names = blockNames(pair.en, ctx, entries);
    ctx.prose(pair.en).forEach((block, i) => {
      for (const miss of findNearMisses(block.text, entries, names[i]!)) {
        // The same name in the Korean version, where it is there to compare with.
        const counterpart = korean.find((hit) => hit.entry === miss.entry);
        ctx.report({
          article: pair.en,
          start: block.offsetAt(miss.start),
          end: block.offsetAt(miss.end - 1) + 1,
          message: `"${miss.text}" looks like a misspelling of "${miss.suggestion}"`,
          ...(counterpart && { related: { article: pair.ko, start: counterpart.start } }),
        });
      }
    });
  },
};
