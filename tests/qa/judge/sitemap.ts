/**
 * The sitemap as a judge reads it: valid against the sitemaps.org schema
 * with xhtml:link, every page the build wrote listed once (drafts never),
 * every URL absolute under the base URL, a `lastmod` on each, hreflang
 * alternates reciprocal and the same as the page's own `<link>` set.
 */
import { attr, children, parseXml, sitemapSchemaErrors, textOf, type XmlNode } from '../../publish/xml-check.js';
import { pageOfUrl, type BuiltSite } from './output.js';
import { pageFacts, sameUrl } from './pages.js';

export async function sitemapProblems(site: BuiltSite): Promise<string[]> {
  const xml = site.text('sitemap.xml');
  const problems = await sitemapSchemaErrors('urlset', [{ name: 'sitemap.xml', xml }]);
  const say = (message: string) => problems.push(`sitemap.xml: ${message}`);
  const { facts } = site;
  const urls = children(parseXml(xml).documentElement as XmlNode, 'url');
  const sets = new Map<string, Map<string, string>>();
  for (const url of urls) {
    const loc = textOf(url, 'loc');
    if (!loc.startsWith(`${facts.base}/`)) say(`<loc>${loc}</loc> is not under the base URL`);
    if (children(url, 'lastmod').length !== 1) say(`${loc} has no <lastmod>`);
    const alternates = new Map(children(url, 'xhtml:link').map((l) => [attr(l, 'hreflang') ?? '', attr(l, 'href') ?? '']));
    if (sets.has(loc)) say(`${loc} is listed twice`);
    sets.set(loc, alternates);
    const page = pageOfUrl(facts, loc);
    if (!page || !site.has(page)) {
      say(`${loc} was not written`);
      continue;
    }
    const own = pageFacts(site, page).alternates;
    const same = own.size === alternates.size && [...own].every(([lang, href]) => sameUrl(alternates.get(lang) ?? '', href));
    if (!same) say(`${loc}: alternates ${[...alternates].join(' ')} differ from the page's ${[...own].join(' ')}`);
  }
  for (const [loc, alternates] of sets) {
    for (const [hreflang, href] of alternates) {
      if (!href.startsWith(`${facts.base}/`)) say(`${loc}: hreflang ${hreflang} ${href} is not under the base URL`);
      if (hreflang === 'x-default') continue;
      const theirs = [...sets].find(([other]) => sameUrl(other, href))?.[1];
      if (!theirs) say(`${loc}: its ${hreflang} alternate ${href} is not listed`);
      else if ([...theirs].join(' ') !== [...alternates].join(' ')) say(`${loc}: alternates are not reciprocal with ${href}`);
    }
  }
  const listed = new Set([...sets.keys()].map((loc) => pageOfUrl(facts, loc)));
  for (const page of site.pages) {
    const noindex = /<meta name="robots" content="noindex">/.test(site.text(page));
    if (!noindex && !listed.has(page)) say(`the page ${page} is not listed`);
    if (noindex && listed.has(page)) say(`the noindex page ${page} is listed`);
  }
  return problems;
}
