import { expect } from '@open-wc/testing';
import { foldForSearch, highlightParts, matchesAllTerms, searchTerms } from './text-search.js';

describe('search folding', () => {
  it('matches Kazakh and Russian letters whatever their case, ё as е', () => {
    expect(foldForSearch('ӘҒҚҢӨҰҮҺІ')).to.equal('әғқңөұүһі');
    expect(foldForSearch('Ёлка')).to.equal('елка');
    const haystack = foldForSearch('Қарағанды облысы, Шахтинск, ул. Пушкина');
    expect(matchesAllTerms(haystack, searchTerms('ҚАРАҒАНДЫ шахт'))).to.equal(true);
    expect(matchesAllTerms(haystack, searchTerms('қарағанды астана'))).to.equal(false);
  });

  it('splits text into highlighted runs at the original positions', () => {
    expect(highlightParts('Сайлау учаскесі — Ёлка', searchTerms('ёлка учаск'))).to.deep.equal([
      { text: 'Сайлау ', match: false },
      { text: 'учаск', match: true },
      { text: 'есі — ', match: false },
      { text: 'Ёлка', match: true },
    ]);
    expect(highlightParts('abc', [])).to.deep.equal([{ text: 'abc', match: false }]);
  });
});
