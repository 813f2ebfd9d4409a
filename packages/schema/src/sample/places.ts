import type { RegionId } from '../regions.js';

/** A real town, village or city district, in Kazakh, Russian and English, with where it is. */
export interface SamplePlace {
  kk: string;
  ru: string;
  en: string;
  lat: number;
  lon: number;
  /** How far (in degrees, ≈ 111 km each) venues spread around the point. */
  spread: number;
}

const place = (
  kk: string,
  ru: string,
  en: string,
  lat: number,
  lon: number,
  spread = 0.015,
): SamplePlace => ({
  kk,
  ru,
  en,
  lat,
  lon,
  spread,
});

/** A district of a city of republican significance: `Астана, Есіл ауданы`. */
const district = (
  city: [string, string, string],
  names: [kk: string, ru: string, en: string],
  lat: number,
  lon: number,
): SamplePlace =>
  place(
    `${city[0]}, ${names[0]} ауданы`,
    `${city[1]}, ${names[1]} район`,
    `${city[2]}, ${names[2]} district`,
    lat,
    lon,
    0.02,
  );

const ASTANA: [string, string, string] = ['Астана', 'Астана', 'Astana'];
const ALMATY: [string, string, string] = ['Алматы', 'Алматы', 'Almaty'];
const SHYMKENT: [string, string, string] = ['Шымкент', 'Шымкент', 'Shymkent'];

/**
 * Real localities per region (the administrative centre first), with approximate coordinates.
 * Good enough for distances and map links in samples; not a gazetteer.
 */
export const SAMPLE_PLACES: Record<RegionId, readonly SamplePlace[]> = {
  astana: [
    district(ASTANA, ['Есіл', 'Есильский', 'Yesil'], 51.128, 71.43),
    district(ASTANA, ['Алматы', 'Алматинский', 'Almaty'], 51.155, 71.5),
    district(ASTANA, ['Сарыарқа', 'Сарыаркинский', 'Saryarka'], 51.19, 71.4),
    district(ASTANA, ['Байқоңыр', 'Байконурский', 'Baikonur'], 51.18, 71.46),
    district(ASTANA, ['Нұра', 'Нуринский', 'Nura'], 51.095, 71.39),
  ],
  almaty: [
    district(ALMATY, ['Алмалы', 'Алмалинский', 'Almaly'], 43.255, 76.91),
    district(ALMATY, ['Әуезов', 'Ауэзовский', 'Auezov'], 43.225, 76.85),
    district(ALMATY, ['Бостандық', 'Бостандыкский', 'Bostandyq'], 43.215, 76.92),
    district(ALMATY, ['Медеу', 'Медеуский', 'Medeu'], 43.245, 76.97),
    district(ALMATY, ['Алатау', 'Алатауский', 'Alatau'], 43.29, 76.8),
    district(ALMATY, ['Жетісу', 'Жетысуский', 'Zhetysu'], 43.3, 76.92),
    district(ALMATY, ['Түрксіб', 'Турксибский', 'Turksib'], 43.34, 76.97),
    district(ALMATY, ['Наурызбай', 'Наурызбайский', 'Nauryzbay'], 43.19, 76.79),
  ],
  shymkent: [
    district(SHYMKENT, ['Абай', 'Абайский', 'Abai'], 42.33, 69.56),
    district(SHYMKENT, ['Әл-Фараби', 'Аль-Фарабийский', 'Al-Farabi'], 42.32, 69.6),
    district(SHYMKENT, ['Еңбекші', 'Енбекшинский', 'Enbekshi'], 42.3, 69.63),
    district(SHYMKENT, ['Қаратау', 'Каратауский', 'Karatau'], 42.37, 69.62),
    district(SHYMKENT, ['Тұран', 'Туранский', 'Turan'], 42.36, 69.53),
  ],
  abai: [
    place('Семей', 'Семей', 'Semey', 50.411, 80.227, 0.03),
    place('Аягөз', 'Аягоз', 'Ayagoz', 47.965, 80.437),
    place('Курчатов', 'Курчатов', 'Kurchatov', 50.756, 78.541),
    place('Үржар', 'Урджар', 'Urzhar', 47.093, 81.63),
    place('Бесқарағай', 'Бескарагай', 'Beskaragai', 50.897, 79.48, 0.008),
    place('Шар', 'Шар', 'Shar', 49.586, 81.049, 0.008),
    place('Ақсуат', 'Аксуат', 'Aksuat', 48.27, 83.652, 0.008),
  ],
  akmola: [
    place('Көкшетау', 'Кокшетау', 'Kokshetau', 53.283, 69.389, 0.025),
    place('Щучинск', 'Щучинск', 'Shchuchinsk', 52.935, 70.189),
    place('Степногорск', 'Степногорск', 'Stepnogorsk', 52.348, 71.887),
    place('Атбасар', 'Атбасар', 'Atbasar', 51.811, 68.358),
    place('Ерейментау', 'Ерейментау', 'Ereymentau', 51.621, 73.106),
    place('Ақкөл', 'Акколь', 'Akkol', 52.0, 70.944),
    place('Қосшы', 'Косшы', 'Kosshy', 51.01, 71.35),
    place('Бурабай', 'Бурабай', 'Burabay', 53.083, 70.313, 0.008),
    place('Макинск', 'Макинск', 'Makinsk', 52.633, 70.417),
  ],
  aktobe: [
    place('Ақтөбе', 'Актобе', 'Aktobe', 50.284, 57.167, 0.03),
    place('Хромтау', 'Хромтау', 'Khromtau', 50.253, 58.447),
    place('Қандыағаш', 'Кандыагаш', 'Kandyagash', 49.467, 57.417),
    place('Шалқар', 'Шалкар', 'Shalkar', 47.833, 59.617),
    place('Алға', 'Алга', 'Alga', 49.9, 57.333),
    place('Ембі', 'Эмба', 'Embi', 48.827, 58.143),
    place('Мәртөк', 'Мартук', 'Martuk', 50.749, 56.523, 0.008),
  ],
  'almaty-region': [
    place('Қонаев', 'Конаев', 'Konaev', 43.867, 77.067, 0.02),
    place('Есік', 'Есик', 'Yesik', 43.357, 77.452),
    place('Талғар', 'Талгар', 'Talgar', 43.303, 77.24),
    place('Қаскелең', 'Каскелен', 'Kaskelen', 43.2, 76.62),
    place('Ұзынағаш', 'Узынагаш', 'Uzynagash', 43.223, 76.314, 0.008),
    place('Шелек', 'Шелек', 'Shelek', 43.597, 78.25, 0.008),
    place('Кеген', 'Кеген', 'Kegen', 43.017, 79.217, 0.008),
    place('Нарынқол', 'Нарынкол', 'Narynkol', 42.717, 80.133, 0.008),
    place('Байсерке', 'Байсерке', 'Bayserke', 43.467, 77.033, 0.008),
  ],
  atyrau: [
    place('Атырау', 'Атырау', 'Atyrau', 47.117, 51.883, 0.03),
    place('Құлсары', 'Кульсары', 'Kulsary', 46.953, 54.019),
    place('Мақат', 'Макат', 'Makat', 47.65, 53.317),
    place('Индер', 'Индербор', 'Inder', 48.55, 51.783),
    place('Доссор', 'Доссор', 'Dossor', 47.533, 52.983, 0.008),
    place('Аққыстау', 'Аккистау', 'Akkystau', 47.267, 51.0, 0.008),
    place('Махамбет', 'Махамбет', 'Makhambet', 47.667, 51.583, 0.008),
  ],
  'west-kazakhstan': [
    place('Орал', 'Уральск', 'Oral', 51.233, 51.367, 0.03),
    place('Ақсай', 'Аксай', 'Aksay', 51.167, 52.995),
    place('Жәнібек', 'Жанибек', 'Zhanibek', 49.417, 46.85, 0.008),
    place('Шыңғырлау', 'Чингирлау', 'Shyngyrlau', 51.1, 54.083, 0.008),
    place('Жымпиты', 'Жымпиты', 'Zhympity', 50.259, 52.6, 0.008),
    place('Переметное', 'Перемётное', 'Peremetnoye', 51.2, 50.85, 0.008),
    place('Қазталов', 'Казталовка', 'Kaztalovka', 49.764, 48.692, 0.008),
    place('Қаратөбе', 'Каратобе', 'Karatobe', 49.69, 53.517, 0.008),
  ],
  jambyl: [
    place('Тараз', 'Тараз', 'Taraz', 42.9, 71.367, 0.03),
    place('Шу', 'Шу', 'Shu', 43.6, 73.76),
    place('Қаратау', 'Каратау', 'Karatau', 43.183, 70.467),
    place('Жаңатас', 'Жанатас', 'Zhanatas', 43.567, 69.75),
    place('Мерке', 'Мерке', 'Merke', 42.867, 73.183, 0.008),
    place('Қордай', 'Кордай', 'Korday', 43.05, 74.712, 0.008),
    place('Сарыкемер', 'Сарыкемер', 'Sarykemer', 43.0, 71.517, 0.008),
  ],
  jetisu: [
    place('Талдықорған', 'Талдыкорган', 'Taldykorgan', 45.016, 78.374, 0.025),
    place('Текелі', 'Текели', 'Tekeli', 44.863, 78.82),
    place('Жаркент', 'Жаркент', 'Zharkent', 44.167, 80.0),
    place('Үшарал', 'Ушарал', 'Usharal', 46.169, 80.939),
    place('Сарқан', 'Саркан', 'Sarkand', 45.41, 79.91),
    place('Үштөбе', 'Уштобе', 'Ushtobe', 45.25, 77.983),
    place('Лепсі', 'Лепсы', 'Lepsy', 46.233, 78.933, 0.008),
  ],
  karaganda: [
    place('Қарағанды', 'Караганда', 'Karaganda', 49.805, 73.109, 0.035),
    place('Теміртау', 'Темиртау', 'Temirtau', 50.054, 72.964, 0.02),
    place('Балқаш', 'Балхаш', 'Balkhash', 46.844, 74.981, 0.02),
    place('Шахтинск', 'Шахтинск', 'Shakhtinsk', 49.71, 72.587),
    place('Саран', 'Сарань', 'Saran', 49.79, 72.84),
    place('Абай', 'Абай', 'Abai', 49.631, 72.859),
    place('Қарқаралы', 'Каркаралинск', 'Karkaraly', 49.406, 75.474, 0.008),
    place('Приозёрск', 'Приозёрск', 'Priozersk', 46.031, 73.703),
    place('Осакаровка', 'Осакаровка', 'Osakarovka', 50.562, 72.569, 0.008),
    place('Ботақара', 'Ботакара', 'Botakara', 50.063, 73.717, 0.008),
  ],
  kostanay: [
    place('Қостанай', 'Костанай', 'Kostanay', 53.214, 63.625, 0.03),
    place('Рудный', 'Рудный', 'Rudny', 52.964, 63.117, 0.02),
    place('Лисаков', 'Лисаковск', 'Lisakovsk', 52.537, 62.493),
    place('Арқалық', 'Аркалык', 'Arkalyk', 50.248, 66.912),
    place('Жітіқара', 'Житикара', 'Zhitikara', 52.19, 61.2),
    place('Тобыл', 'Тобыл', 'Tobyl', 52.7, 62.583, 0.008),
    place('Әулиекөл', 'Аулиеколь', 'Auliekol', 52.367, 64.083, 0.008),
    place('Қарабалық', 'Карабалык', 'Karabalyk', 53.85, 62.1, 0.008),
  ],
  kyzylorda: [
    place('Қызылорда', 'Кызылорда', 'Kyzylorda', 44.849, 65.482, 0.03),
    place('Арал', 'Аральск', 'Aral', 46.8, 61.667),
    place('Қазалы', 'Казалинск', 'Kazaly', 45.762, 62.107),
    place('Жаңақорған', 'Жанакорган', 'Zhanakorgan', 43.91, 67.249, 0.008),
    place('Шиелі', 'Шиели', 'Shieli', 44.167, 66.75, 0.008),
    place('Жалағаш', 'Жалагаш', 'Zhalagash', 45.083, 64.683, 0.008),
    place('Әйтеке би', 'Айтеке би', 'Aiteke Bi', 45.85, 62.15, 0.008),
    place('Тереңөзек', 'Теренозек', 'Terenozek', 45.05, 64.983, 0.008),
  ],
  mangystau: [
    place('Ақтау', 'Актау', 'Aktau', 43.652, 51.158, 0.03),
    place('Жаңаөзен', 'Жанаозен', 'Zhanaozen', 43.341, 52.862, 0.02),
    place('Форт-Шевченко', 'Форт-Шевченко', 'Fort-Shevchenko', 44.508, 50.263),
    place('Бейнеу', 'Бейнеу', 'Beyneu', 45.317, 55.2, 0.008),
    place('Шетпе', 'Шетпе', 'Shetpe', 44.167, 52.117, 0.008),
    place('Құрық', 'Курык', 'Kuryk', 43.183, 51.667, 0.008),
  ],
  pavlodar: [
    place('Павлодар', 'Павлодар', 'Pavlodar', 52.287, 76.967, 0.03),
    place('Екібастұз', 'Экибастуз', 'Ekibastuz', 51.729, 75.323, 0.02),
    place('Ақсу', 'Аксу', 'Aksu', 52.041, 76.927),
    place('Баянауыл', 'Баянаул', 'Bayanaul', 50.793, 75.7, 0.008),
    place('Ертіс', 'Иртышск', 'Irtyshsk', 53.333, 75.458, 0.008),
    place('Шарбақты', 'Щербакты', 'Sharbakty', 52.493, 78.147, 0.008),
    place('Майқайың', 'Майкаин', 'Maikain', 51.458, 75.796, 0.008),
  ],
  'north-kazakhstan': [
    place('Петропавл', 'Петропавловск', 'Petropavl', 54.867, 69.15, 0.03),
    place('Булаев', 'Булаево', 'Bulayevo', 54.906, 70.444),
    place('Мамлют', 'Мамлютка', 'Mamlyutka', 54.937, 68.539),
    place('Сергеев', 'Сергеевка', 'Sergeyevka', 53.88, 67.417),
    place('Тайынша', 'Тайынша', 'Tayynsha', 53.848, 69.767),
    place('Смирново', 'Смирново', 'Smirnovo', 54.513, 69.42, 0.008),
    place('Саумалкөл', 'Саумалколь', 'Saumalkol', 53.3, 68.1, 0.008),
    place('Явленка', 'Явленка', 'Yavlenka', 54.35, 68.45, 0.008),
  ],
  turkistan: [
    place('Түркістан', 'Туркестан', 'Turkistan', 43.297, 68.252, 0.025),
    place('Кентау', 'Кентау', 'Kentau', 43.517, 68.5),
    place('Арыс', 'Арыс', 'Arys', 42.433, 68.8),
    place('Сарыағаш', 'Сарыагаш', 'Saryagash', 41.45, 69.167),
    place('Жетісай', 'Жетысай', 'Zhetisay', 40.775, 68.327),
    place('Шардара', 'Шардара', 'Shardara', 41.258, 67.969),
    place('Ленгір', 'Ленгер', 'Lenger', 42.183, 69.883),
    place('Шаян', 'Шаян', 'Shayan', 43.033, 69.383, 0.008),
    place('Шолаққорған', 'Шолаккорган', 'Sholakkorgan', 43.765, 69.176, 0.008),
    place('Мырзакент', 'Мырзакент', 'Myrzakent', 40.663, 68.549, 0.008),
  ],
  ulytau: [
    place('Жезқазған', 'Жезказган', 'Zhezkazgan', 47.783, 67.7, 0.025),
    place('Сәтбаев', 'Сатпаев', 'Satbayev', 47.9, 67.533, 0.02),
    place('Қаражал', 'Каражал', 'Karazhal', 48.0, 70.783),
    place('Ұлытау', 'Улытау', 'Ulytau', 48.65, 67.0, 0.008),
    place('Жезді', 'Жезды', 'Zhezdi', 48.06, 67.06, 0.008),
    place('Қарсақбай', 'Карсакпай', 'Karsakpay', 47.833, 66.75, 0.008),
  ],
  'east-kazakhstan': [
    place('Өскемен', 'Усть-Каменогорск', 'Oskemen', 49.948, 82.628, 0.03),
    place('Риддер', 'Риддер', 'Ridder', 50.344, 83.513),
    place('Алтай', 'Алтай', 'Altai', 49.727, 84.274),
    place('Зайсаң', 'Зайсан', 'Zaysan', 47.467, 84.867),
    place('Шемонаиха', 'Шемонаиха', 'Shemonaikha', 50.627, 81.912),
    place('Глубокое', 'Глубокое', 'Glubokoye', 50.14, 82.31, 0.008),
    place('Катонқарағай', 'Катон-Карагай', 'Katon-Karagay', 49.167, 85.617, 0.008),
    place('Үлкен Нарын', 'Улькен Нарын', 'Ulken Naryn', 49.217, 84.517, 0.008),
  ],
};

/** A street in Kazakh, Russian and English (`Абай көшесі` / `ул. Абая` / `Abai Street`). */
export const SAMPLE_STREETS: readonly [kk: string, ru: string, en: string][] = [
  ['Абай көшесі', 'ул. Абая', 'Abai Street'],
  ['Абай даңғылы', 'пр. Абая', 'Abai Avenue'],
  ['Тәуелсіздік көшесі', 'ул. Тауелсиздик', 'Tauelsizdik Street'],
  ['Бейбітшілік көшесі', 'ул. Бейбитшилик', 'Beibitshilik Street'],
  ['Достық көшесі', 'ул. Достык', 'Dostyk Street'],
  ['Жібек жолы көшесі', 'ул. Жибек Жолы', 'Zhibek Zholy Street'],
  ['Наурыз көшесі', 'ул. Наурыз', 'Nauryz Street'],
  ['Сәтбаев көшесі', 'ул. Сатпаева', 'Satbayev Street'],
  ['Әуезов көшесі', 'ул. Ауэзова', 'Auezov Street'],
  ['Бөкейхан көшесі', 'ул. Букейхана', 'Bokeikhan Street'],
  ['Жамбыл көшесі', 'ул. Жамбыла', 'Zhambyl Street'],
  ['Мәметова көшесі', 'ул. Маметовой', 'Mametova Street'],
  ['Құрманғазы көшесі', 'ул. Курмангазы', 'Kurmangazy Street'],
  ['Ыбырай Алтынсарин көшесі', 'ул. Ибрая Алтынсарина', 'Ibray Altynsarin Street'],
  ['Шоқан Уәлиханов көшесі', 'ул. Чокана Валиханова', 'Shokan Ualikhanov Street'],
  ['Мағжан Жұмабаев көшесі', 'ул. Магжана Жумабаева', 'Magzhan Zhumabayev Street'],
  ['Төле би көшесі', 'ул. Толе би', 'Tole Bi Street'],
  ['Қабанбай батыр көшесі', 'ул. Кабанбай батыра', 'Kabanbay Batyr Street'],
  ['Желтоқсан көшесі', 'ул. Желтоксан', 'Zheltoksan Street'],
  ['Мектеп көшесі', 'ул. Школьная', 'Mektep Street'],
  ['Орталық көшесі', 'ул. Центральная', 'Ortalyk Street'],
  ['Жастар көшесі', 'ул. Молодёжная', 'Zhastar Street'],
];

/** Where events happen: a venue after the street address, or none (a street corner, a yard). */
export const SAMPLE_VENUES: readonly [kk: string, ru: string, en: string][] = [
  ['Мәдениет үйі', 'Дом культуры', 'House of Culture'],
  ['Жастар орталығы', 'Молодёжный центр', 'Youth centre'],
  ['Орталық кітапхана', 'Центральная библиотека', 'Central library'],
  ['Ауылдық клуб', 'Сельский клуб', 'Village club'],
  ['Спорт кешені', 'Спортивный комплекс', 'Sports centre'],
  ['Қоғамдық орталық', 'Общественный центр', 'Community centre'],
  ['Орталық саябақ', 'Центральный парк', 'Central park'],
  ['Базар алдындағы алаң', 'Площадь у рынка', 'Market square'],
  ['Сауда орталығы', 'Торговый центр', 'Shopping centre'],
  ['Коворкинг', 'Коворкинг', 'Coworking space'],
];
