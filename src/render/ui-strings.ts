/**
 * The UI strings pairpress ships with, used wherever a site's `locales/`
 * files do not say otherwise: a site with no locale files at all (or with
 * only some keys) still reads "Published January 17, 2026", never
 * `article.publishedOn`. A site's own strings always win.
 */
import type { Lang } from '../types.js';

export type Strings = { [key: string]: string | Strings };

export const BUILT_IN_STRINGS: Record<Lang, Strings> = {
  ko: {
    site: { languageName: '한국어' },
    nav: { home: '홈', otherLanguage: '영어로 읽기' },
    article: {
      publishedOn: '{{date}} 발행',
      updatedOn: '{{date}} 수정',
      by: '{{author}}',
      readingTime_other: '{{count}}분 분량',
    },
    index: { title: '기사', latest: '최신 기사', empty: '아직 발행한 기사가 없습니다.' },
    feeds: { subscribe: '구독', rss: 'RSS', atom: 'Atom', json: 'JSON 피드' },
    chooser: { title: '한국어판', prompt: '기사를 한국어로 읽어 보세요.' },
    tags: { label: '태그' },
    footer: { about: '한국어와 영어로 발행합니다.' },
    lang: { ko: '한국어', en: '영어' },
    a11y: { skip: '본문 바로가기' },
    untranslated: { notice: '이 글은 아직 {{language}}로 번역되지 않았습니다.' },
  },
  en: {
    site: { languageName: 'English' },
    nav: { home: 'Home', otherLanguage: 'Read in Korean' },
    article: {
      publishedOn: 'Published {{date}}',
      updatedOn: 'Updated {{date}}',
      by: 'By {{author}}',
      readingTime_one: '{{count}}-minute read',
      readingTime_other: '{{count}}-minute read',
    },
    index: { title: 'Articles', latest: 'Latest articles', empty: 'No articles have been published yet.' },
    feeds: { subscribe: 'Subscribe', rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
    chooser: { title: 'English edition', prompt: 'Read the articles in English.' },
    tags: { label: 'Tags' },
    footer: { about: 'Published in Korean and English.' },
    lang: { ko: 'Korean', en: 'English' },
    a11y: { skip: 'Skip to content' },
    untranslated: { notice: 'This article is not yet available in {{language}}.' },
  },
};
