/**
 * translation-stale (SPEC §5.7): the original (the version in the site's
 * default language) changed after its translation — by its front matter
 * (`updated`, else `date`, is later) or, in a git work tree, by its last
 * commit being newer than the translation's. Reported on the translation,
 * naming the original's change. A translation changed after its original is
 * normal (it is written second) and is not reported.
 */
import { calendarIn } from '../../time.js';
import type { Article, FileCommit, Site } from '../../types.js';
import type { RuleContext, SiteRule } from '../rule.js';
import { fieldOrFrontMatter, LANGUAGE_NAME, pairsOf, sidesOf } from '../sides.js';

export const translationStale: SiteRule = {
  id: 'translation-stale',
  scope: 'site',
  description: 'The original of a pair was changed after its translation: a later `updated` (or `date`), or a newer git commit.',
  help: 'Bring the translation up to date with the original and give it an `updated` date no earlier than the original\'s; or silence it with `ignore: [translation-stale]` when the change needs no translation.',
  check(site: Site, ctx: RuleContext) {
    const zone = site.settings.timeZone;
    for (const pair of pairsOf(site.articles)) {
      const { original, translation } = sidesOf(pair, site.settings.defaultLanguage);
      const reasons: string[] = [];
      if (original.modified > translation.modified) reasons.push(byFrontMatter(original, translation));
      const originalCommit = site.history?.get(original.path);
      const translationCommit = site.history?.get(translation.path);
      if (originalCommit && translationCommit && originalCommit.time > translationCommit.time) {
        reasons.push(byCommit(original, originalCommit, translationCommit, zone));
      }
      if (!reasons.length) continue;
      const here = fieldOrFrontMatter(translation, dateField(translation));
      const there = fieldOrFrontMatter(original, dateField(original));
      ctx.report({
        article: translation,
        start: here.start,
        end: here.end,
        message: `out of date: ${reasons.join('; and ')}; bring this translation up to date`,
        related: { article: original, start: there.start },
      });
    }
  },
};

function dateField(article: Article): 'updated' | 'date' {
  return article.meta.updated !== undefined ? 'updated' : 'date';
}

function byFrontMatter(original: Article, translation: Article): string {
  const theirs = dateField(original);
  const mine = dateField(translation);
  return `the ${LANGUAGE_NAME[original.lang]} version was ${theirs === 'updated' ? 'updated' : 'published'} ${original.meta[theirs]}, after this version's ${mine} ${translation.meta[mine]}`;
}

function byCommit(original: Article, theirs: FileCommit, mine: FileCommit, zone: string): string {
  return `the ${LANGUAGE_NAME[original.lang]} version was changed in commit ${short(theirs)} (${when(theirs.time, zone)}), after this version's last commit ${short(mine)} (${when(mine.time, zone)})`;
}

function short(commit: FileCommit): string {
  return commit.commit.slice(0, 7);
}

/** `2026-01-20 14:05` in the site time zone */
function when(time: number, zone: string): string {
  const c = calendarIn(time, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)} ${two(c.hour)}:${two(c.minute)}`;
}
