/**
 * Countries named by one syllable in Korean compounds: 한미일 (South Korea,
 * the United States and Japan), 한·미 동맹, 북·중·러, 미중 갈등, 한일전, and
 * after 대 ("to", "toward"): 대미 수출, 대중 관세, 대북 제재.
 * Korean news writes them where the English spells the countries out, so
 * such a compound mentions each country all the same (name-missing).
 */
import { foldedText } from './glossary.js';
import { isHangulSyllable } from './hangul.js';
import { lookupTable } from './lookup.js';

/** Canonical Korean country names and the syllable that stands for each in a compound. */
const SYLLABLES: Record<string, readonly string[]> = lookupTable({
  한국: ['한'], 대한민국: ['한'], 남한: ['한'], 미국: ['미'], 일본: ['일'], 중국: ['중'], 러시아: ['러'], 북한: ['북'],
  영국: ['영'], 독일: ['독'], 프랑스: ['프', '불'], 이탈리아: ['이'], 호주: ['호'], 인도: ['인'], 캐나다: ['캐'],
  대만: ['대'], 베트남: ['베'], 필리핀: ['필'], 몽골: ['몽'], 태국: ['태'],
});
const ALL = new Set(Object.values(SYLLABLES).flat());
const DOTS = new Set(['·', 'ㆍ', '・', '‧']);
// Written without dots only these are surely compounds (이미 "already", 대한, 중대 are words).
const JOINED = new Set([
  '한미', '한일', '한중', '미일', '미중', '북미', '북중', '북러', '중러', '한러', '미러', '중일', '일중', '한영', '한독', '한불',
  '한호', '한캐', '한베', '한필', '한몽', '한태', '미영', '한미일', '한중일', '한일중', '북중러', '미일중', '한미중',
]);
// What may follow a compound written without dots: a space, punctuation, a particle, or a word it heads (한미동맹, 한일전).
const AFTER_JOINED = /^(?:$|[^가-힣]|[은는이가을를의에와과도로](?![가-힣])|(?:간|관계|동맹|정상|회담|공조|협력|연합|훈련|전|양국|외교|안보|통상|무역|갈등|경쟁|대화|협의|협정|합의|국방|군사|연대|해군|공군|외교장관|국방장관))/;

/** The country syllables of each compound in `text`: `한·미·일` and `한미일` give 한, 미, 일. */
export function compoundSyllables(text: string): Set<string> {
  const found = new Set<string>();
  const folded = foldedText(text);
  let i = 0;
  while (i < folded.length) {
    if (!ALL.has(folded[i]!) || isHangulSyllable(folded[i - 1])) {
      i++;
      continue;
    }
    const run: string[] = [folded[i]!];
    let dotted = false;
    let j = i + 1;
    for (;;) {
      if (DOTS.has(folded[j]!) && ALL.has(folded[j + 1]!)) {
        dotted = true;
        run.push(folded[j + 1]!);
        j += 2;
      } else if (!dotted && ALL.has(folded[j]!) && run.length < 3) {
        run.push(folded[j]!);
        j++;
      } else break;
    }
    const compound = dotted
      ? run.length >= 2 && !isHangulSyllable(folded[j]) || run.length >= 2 && AFTER_JOINED.test(folded.slice(j))
      : JOINED.has(run.join('')) && AFTER_JOINED.test(folded.slice(j));
    if (compound) for (const syllable of run) found.add(syllable);
    i = Math.max(j, i + 1);
  }
  return found;
}

// 대미 수출, 대중 관세, 대북 제재, 대일 무역적자, 대중 반도체 수출: 대 and a country's syllable, "to" or
// "toward" the country, before what goes there (대중 alone is also "the public": 대중문화, 대중 음악).
const TOWARD = /(?<![가-힣])대([미중일북러영독])\s?(?=(?:(?!문화|음악|예술|교통|매체|가요|스타|연예)[가-힣]{1,4}\s)?(?:수출|수입|무역|교역|투자|관세|제재|견제|정책|외교|압박|협상|적자|흑자|의존도|전략|특사|메시지|공세|관계|강경|유화|접근|송금))/g;

/** The country syllables after 대 in `text`: 대미 수출 gives 미. */
export function towardSyllables(text: string): Set<string> {
  const folded = foldedText(text);
  return new Set(Array.from(folded.matchAll(TOWARD), (m) => m[1]!));
}

/** Whether one of the Korean `forms` (a country's name) is written as its syllable in a compound of `text`. */
export function mentionsInCompound(text: string, forms: readonly string[]): boolean {
  const syllables = forms.flatMap((form) => SYLLABLES[form] ?? []);
  if (syllables.length === 0) return false;
  const found = compoundSyllables(text);
  if (syllables.some((s) => found.has(s))) return true;
  const toward = towardSyllables(text);
  return syllables.some((s) => toward.has(s));
}
