/**
 * Folds text for searching in Kazakh, Russian and English: case-insensitive for every Cyrillic
 * letter (Ә ә, Ғ ғ, Қ қ, Ң ң, Ө ө, Ұ ұ, Ү ү, Һ һ, І і included) and ё read as е, as Russian
 * readers type it. Keeps the length of the text so match positions map back to the original.
 */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const single = lower.length === char.length ? lower : char;
    folded += single === 'ё' ? 'е' : single;
  }
  return folded;
}

/** Splits a query into folded words; every word must match (an AND search). */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter(Boolean);
}

/** True when every term occurs in the folded haystack. */
export function matchesAllTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedHaystack.includes(term));
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits `text` into runs for highlighting every occurrence of any term. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const folded = foldForSearch(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      marked.fill(1, at, at + term.length);
    }
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}
