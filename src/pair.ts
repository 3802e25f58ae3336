/**
 * The pair stage (SPEC §3): articles in, pairs out. Pure: pairing problems
 * (`unpaired`, `duplicate-translation`, `slug-conflict`) are reported as
 * messages on the articles' files.
 */
import { addMessage } from './diagnostics.js';
import type { Article, Pairing, RuleId, Site } from './types.js';

export function pairArticles(site: Site): Pairing {
  const byKey = new Map<string, { ko?: Article; en?: Article }>();
  for (const article of site.articles) {
    const slot = byKey.get(article.key) ?? {};
    const first = slot[article.lang];
    if (first) {
      report(article, 'duplicate-translation', `another ${langName(article.lang)} article has the translation key "${article.key}" (${first.path}); give one of them its own translationKey or remove it`, 'translationKey', first);
      continue;
    }
    slot[article.lang] = article;
    byKey.set(article.key, slot);
  }
  const pairing: Pairing = { pairs: [], unpaired: [] };
  const byStem = new Map(site.articles.map((a) => [`${a.lang}:${a.stem}`, a]));
  for (const [key, { ko, en }] of byKey) {
    if (ko && en) pairing.pairs.push({ key, ko, en });
    else {
      const alone = (ko ?? en)!;
      pairing.unpaired.push(alone);
      if (!site.brokenStems.has(key)) {
        const other = alone.lang === 'ko' ? 'en' : 'ko';
        const namesake = byStem.get(`${other}:${alone.stem}`);
        if (namesake) {
          // The translation is there under the same file name, but the keys differ.
          const how = (a: Article) => (a.meta.translationKey === undefined ? 'from its path' : 'from its translationKey');
          report(alone, 'unpaired', `no ${langName(other)} translation with the key "${key}" (${how(alone)}); ${namesake.path} has the key "${namesake.key}" (${how(namesake)}): give both versions the same translationKey`, 'translationKey', namesake);
        } else {
          report(alone, 'unpaired', `no ${langName(other)} translation with the key "${key}"; add ${expectedPartner(alone)} or set the same translationKey in both versions`, 'translationKey');
        }
      }
    }
  }
  findSlugConflicts(site.articles);
  return pairing;
}

function findSlugConflicts(articles: Article[]): void {
  const byOutput = new Map<string, Article>();
  for (const article of articles) {
    const output = `${article.lang}/${article.slug}/index.html`;
    const first = byOutput.get(output);
    if (!first) {
      byOutput.set(output, article);
      continue;
    }
    // The finding goes where the conflict was made: on the article whose `slug:` field
    // takes another's page (at that field), else on the later of the two.
    const [here, there] = explicitSlug(first) && !explicitSlug(article) ? [first, article] : [article, first];
    report(here, 'slug-conflict', `would be written to ${output}, like ${there.path}; give one of them another slug`, 'slug', there);
  }
}

function explicitSlug(article: Article): boolean {
  return article.meta.slug !== undefined;
}

function report(article: Article, rule: RuleId, message: string, field: string, related?: Article): void {
  const line = article.fieldLines[field] ?? 1;
  addMessage(article.file, {
    rule,
    message,
    start: { line, column: 1 },
    key: article.key,
    ...(related && { related: { file: related.path, line: related.fieldLines[field] ?? 1, column: 1 } }),
  });
}

function expectedPartner(article: Article): string {
  const other = article.lang === 'ko' ? 'en' : 'ko';
  return `articles/${article.stem}.${other}.md`;
}

export function langName(lang: string): string {
  return lang === 'ko' ? 'Korean' : 'English';
}

