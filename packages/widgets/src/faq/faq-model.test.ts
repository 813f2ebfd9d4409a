import { expect } from '@open-wc/testing';
import { searchTerms } from '../core/text-search.js';
import {
  collectCategories,
  deepLink,
  faqPageJsonLd,
  filterItems,
  hasMarkup,
  idFromElementId,
  idFromHash,
  matchExcerpt,
  nextHeaderIndex,
  toCategory,
  toggleOpen,
  type FaqItem,
} from './faq-model.js';

const items: FaqItem[] = [
  {
    id: 'a',
    question: 'Қандай ҚҰЖАТ керек?',
    answerText: 'Жеке куәлік',
    category: toCategory('Құжат', 'kk'),
  },
  {
    id: 'b',
    question: 'Где мой участок?',
    answerText: 'На портале. Ёмкость указана.',
    category: toCategory({ kk: 'Учаске', ru: 'Участок' }, 'ru'),
  },
  { id: 'c', question: 'Шаң', answerText: 'Үгіт' },
];
const filter = (query: string, categories: string[] = []) =>
  filterItems(items, { terms: searchTerms(query), categories: new Set(categories) }).map((item) => item.id);

describe('faq model', () => {
  it('filters questions and answers in Kazakh and Russian whatever the case, ё as е', () => {
    expect(filter('құжат')).to.deep.equal(['a']);
    expect(filter('КУӘЛІК')).to.deep.equal(['a']);
    expect(filter('ёмкость')).to.deep.equal(['b']);
    expect(filter('ЕМКОСТЬ участок')).to.deep.equal(['b']);
    expect(filter('шаң үгіт')).to.deep.equal(['c']);
    expect(filter('шаң жоқ')).to.deep.equal([]);
    expect(filter('')).to.deep.equal(['a', 'b', 'c']);
  });

  it('filters by category keys that do not change with the locale', () => {
    const key = toCategory({ kk: 'Учаске', ru: 'Участок' }, 'kk')!.key;
    expect(toCategory({ kk: 'Учаске', ru: 'Участок' }, 'ru')!.key).to.equal(key);
    expect(filter('', [key])).to.deep.equal(['b']);
    expect(collectCategories(items).map((c) => c.label)).to.deep.equal(['Құжат', 'Участок']);
    expect(toCategory(undefined, 'kk')).to.equal(undefined);
  });

  it('reads deep-link hashes and builds links', () => {
    expect(idFromHash('#faq-who-can-vote')).to.equal('who-can-vote');
    expect(idFromHash('#faq-%D2%9B')).to.equal('қ');
    expect(idFromHash('#faq-')).to.equal(undefined);
    expect(idFromHash('#top')).to.equal(undefined);
    expect(idFromHash('#faq-%E0%A4%A')).to.equal(undefined);
    expect(deepLink('https://example.kz/page?x=1#old', 'hours')).to.equal(
      'https://example.kz/page?x=1#faq-hours',
    );
    expect(idFromElementId('faq-age')).to.equal('age');
    expect(idFromElementId('age')).to.equal('age');
  });

  it('moves between headers like the APG accordion, wrapping', () => {
    expect(nextHeaderIndex(0, 'ArrowDown', 3)).to.equal(1);
    expect(nextHeaderIndex(2, 'ArrowDown', 3)).to.equal(0);
    expect(nextHeaderIndex(0, 'ArrowUp', 3)).to.equal(2);
    expect(nextHeaderIndex(1, 'Home', 3)).to.equal(0);
    expect(nextHeaderIndex(1, 'End', 3)).to.equal(2);
    expect(nextHeaderIndex(1, 'Tab', 3)).to.equal(undefined);
    expect(nextHeaderIndex(0, 'ArrowDown', 0)).to.equal(undefined);
  });

  it('keeps one answer open unless multiple', () => {
    expect([...toggleOpen(new Set(['a']), 'b', false)]).to.deep.equal(['b']);
    expect([...toggleOpen(new Set(['a']), 'b', true)]).to.deep.equal(['a', 'b']);
    expect([...toggleOpen(new Set(['a', 'b']), 'a', true)]).to.deep.equal(['b']);
    expect([...toggleOpen(new Set(['a']), 'a', false, true)]).to.deep.equal(['a']);
  });

  it('tells markup from text', () => {
    expect(hasMarkup('Plain answer')).to.equal(false);
    expect(hasMarkup('A <b>bold</b> answer')).to.equal(true);
    expect(hasMarkup('Salt &amp; pepper')).to.equal(true);
  });

  it('serialises FAQPage JSON-LD that cannot close its script element', () => {
    const json = faqPageJsonLd(
      [{ question: 'Q </script><script>alert(1)</script>', answer: '<p>A & B</p>' }],
      'ru',
    );
    expect(json).not.to.contain('<');
    expect(json).not.to.contain('>');
    expect(JSON.parse(json)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'ru',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Q </script><script>alert(1)</script>',
          acceptedAnswer: { '@type': 'Answer', text: '<p>A & B</p>' },
        },
      ],
    });
  });

  it('excerpts the answer around the first match, cutting at spaces', () => {
    const answer =
      'Дауыс беру күні 18 жасқа толған Қазақстан азаматтары дауыс бере алады. Жеке куәлік немесе паспорт алып келіңіз, учаскеге ерте келіңіз.';
    expect(matchExcerpt(answer, searchTerms('ПАСПОРТ'), 20)).to.equal(
      '…Жеке куәлік немесе паспорт алып келіңіз,…',
    );
    expect(matchExcerpt('Short answer', searchTerms('short'))).to.equal('Short answer');
    expect(matchExcerpt('Short answer', searchTerms('none'))).to.equal(undefined);
  });
});
