// The content every render page shows, so a Dauys widget and its peers are measured on the
// same page shape: the same questions and answers, the same form fields.
import { REGIONS } from '@dauys/schema';

export const FAQ_ENTRIES = [
  ['where', 'Қайда дауыс беремін?', 'Тіркелген мекенжайыңыз бойынша учаскелік сайлау комиссиясында.'],
  ['when', 'Учаскелер қашан ашылады?', 'Дауыс беру күні сағат 07:00-ден 20:00-ге дейін (Қазақстан уақыты).'],
  ['documents', 'Қандай құжат керек?', 'Жеке куәлік немесе паспорт. Цифрлық құжат та жарайды.'],
  ['abroad', 'Шетелде болсам ше?', 'Елшілік немесе консулдықтағы учаскеде дауыс бере аласыз.'],
  ['home', 'Үйден дауыс беруге бола ма?', 'Денсаулығыңызға байланысты болса, алдын ала өтініш беріңіз.'],
  ['age', 'Кімдер дауыс бере алады?', 'Он сегіз жасқа толған Қазақстан азаматтары.'],
  ['secret', 'Дауыс беру құпия ма?', 'Иә. Бюллетеньді кабинада жалғыз толтырасыз.'],
  ['observer', 'Бақылаушы бола аламын ба?', 'Иә, қоғамдық бірлестік немесе партия арқылы тіркеліңіз.'],
  ['results', 'Нәтижелер қашан шығады?', 'Алдын ала нәтижелер келесі күні жарияланады.'],
  ['help', 'Көмек қайдан аламын?', 'Орталық сайлау комиссиясының ақпарат орталығына хабарласыңыз.'],
].map(([id, question, answer]) => ({ id, question, answer }));

export const ACTIVITY_LABELS = [
  ['door-to-door', 'Үйме-үй'],
  ['events', 'Іс-шаралар'],
  ['info-stand', 'Ақпарат стенді'],
  ['online', 'Онлайн'],
  ['logistics', 'Логистика'],
  ['other', 'Басқа'],
];
export const LANGUAGE_LABELS = [
  ['kk', 'Қазақша'],
  ['ru', 'Орысша'],
  ['en', 'Ағылшынша'],
];
export const REGION_OPTIONS = REGIONS.map((region) => [region.id, region.name?.kk ?? region.id]);

export const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** A whole page: the same head and body shape for every widget and peer. */
export function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}
