import type { FaqEntry } from '@dauys/schema';

/**
 * Sample questions shared by the stories and the tests (so both show the same states). About
 * the referendum of 15 March 2026, in Kazakh, Russian and English.
 */
export const SAMPLE_ENTRIES: FaqEntry[] = [
  {
    id: 'who-can-vote',
    category: { kk: 'Дауыс беру', ru: 'Голосование', en: 'Voting' },
    question: {
      kk: 'Референдумда кім дауыс бере алады?',
      ru: 'Кто может голосовать на референдуме?',
      en: 'Who can vote in the referendum?',
    },
    answer: {
      kk: '<p>Дауыс беру күні <strong>18 жасқа толған</strong> Қазақстан азаматтары.</p><ul><li>Жеке куәлік немесе паспорт алып келіңіз.</li><li>Толығырақ: <a href="https://www.election.gov.kz">ОСК сайты</a>.</li></ul>',
      ru: '<p>Граждане Казахстана, которым в день голосования <strong>исполнилось 18 лет</strong>.</p><ul><li>Возьмите удостоверение личности или паспорт.</li><li>Подробнее: <a href="https://www.election.gov.kz">сайт ЦИК</a>.</li></ul>',
      en: '<p>Citizens of Kazakhstan who are <strong>18 or older</strong> on voting day.</p><ul><li>Bring your ID card or passport.</li><li>More: <a href="https://www.election.gov.kz">CEC website</a>.</li></ul>',
    },
  },
  {
    id: 'polling-station',
    category: { kk: 'Дауыс беру', ru: 'Голосование', en: 'Voting' },
    question: {
      kk: 'Өз сайлау учаскемді қалай табамын?',
      ru: 'Как найти свой избирательный участок?',
      en: 'How do I find my polling station?',
    },
    answer: {
      kk: 'Учаскеңізді eGov порталынан немесе 1414 нөміріне қоңырау шалып біле аласыз.',
      ru: 'Свой участок можно узнать на портале eGov или по телефону 1414. Ёмкость участков указана там же.',
      en: 'Find it on the eGov portal or by calling 1414.',
    },
  },
  {
    id: 'hours',
    category: { kk: 'Дауыс беру', ru: 'Голосование', en: 'Voting' },
    question: {
      kk: 'Учаскелер қашан ашылады?',
      ru: 'Когда открываются участки?',
      en: 'When are polling stations open?',
    },
    answer: {
      kk: 'Сағат 07:00-ден 20:00-ге дейін, Қазақстан уақытымен (UTC+5).',
      ru: 'С 07:00 до 20:00 по времени Казахстана (UTC+5).',
      en: 'From 07:00 to 20:00 Kazakhstan time (UTC+5).',
    },
  },
  {
    id: 'volunteer',
    category: { kk: 'Еріктілер', ru: 'Волонтёры', en: 'Volunteers' },
    question: {
      kk: 'Ерікті болып қалай тіркелемін?',
      ru: 'Как стать волонтёром?',
      en: 'How do I become a volunteer?',
    },
    answer: {
      kk: 'Тіркелу формасын толтырыңыз, үйлестіруші сізбен хабарласады. Сұрақтар болса: <a href="mailto:info@example.kz">info@example.kz</a>.',
      ru: 'Заполните форму регистрации, координатор свяжется с вами. Вопросы: <a href="mailto:info@example.kz">info@example.kz</a>.',
      en: 'Fill in the sign-up form and a coordinator will contact you. Questions: <a href="mailto:info@example.kz">info@example.kz</a>.',
    },
  },
];

/** A question with long Kazakh words, to see them wrap in a narrow column. */
export const LONG_KAZAKH_ENTRY: FaqEntry = {
  id: 'silence-liability',
  category: { kk: 'Үгіт', ru: 'Агитация', en: 'Campaigning' },
  question: {
    kk: 'Үгіт-насихатқа тыйым салынған кезеңде мемлекеттендірілмегендіктерден туындайтын жауапкершіліктер қандай?',
    ru: 'Какая ответственность предусмотрена за агитацию в период тишины?',
    en: 'What is the liability for campaigning during the silence period?',
  },
  answer: {
    kk: 'Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне сәйкес, тыйым салынған кезеңде үгіт жүргізу әкімшілік жауапкершілікке әкеп соғады. Референдумөткізудіұйымдастырушылардыңтүсіндірмелерін сайттан оқыңыз.',
    ru: 'Согласно Кодексу об административных правонарушениях, агитация в период тишины влечёт административную ответственность.',
    en: 'Under the Code of Administrative Offences, campaigning during the silence period leads to administrative liability.',
  },
};

/** Every kind of markup a hostile or careless feed could send in an answer. */
export const HOSTILE_ANSWER =
  '<p>Safe start <script>window.__dauysPwned = 1</script>' +
  '<img src="x" onerror="window.__dauysPwned = 2">' +
  '<a href="javascript:window.__dauysPwned = 3">bad link</a> ' +
  '<a href="https://example.org/rules" onclick="window.__dauysPwned = 4" target="_blank">good link</a> ' +
  '<a href="/local">relative link</a> ' +
  '<style>* { display: none }</style>' +
  '<iframe src="https://example.org/frame"></iframe>' +
  '<span style="color: red" class="x">span text</span> ' +
  '<strong onmouseover="window.__dauysPwned = 5">bold</strong></p>' +
  '<form action="https://example.org"><input name="q" value="field"><button>send</button></form>' +
  '<svg><script>window.__dauysPwned = 6</script></svg>end';

/** A FAQ feed document (v1) of the given entries. */
export const sampleFeed = (entries: readonly unknown[] = SAMPLE_ENTRIES) => ({ version: 1, entries });
