
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize


    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.feed-error.format': `Деректерді оқу мүмкін болмады: пішімі дұрыс емес. Сайт иесіне хабарлаңыз.`,
'core.feed-error.http': `Сервер қазір деректерді бере алмады. Кейінірек қайталап көріңіз.`,
'core.feed-error.network': `Байланыс орнатылмады. Интернетке қосылғаныңызды тексеріп, қайталап көріңіз.`,
'core.feed-error.timeout': `Сервер тым ұзақ жауап бермей тұр. Қайталап көріңіз.`,
'core.feed-stale': `Соңғы сақталған нұсқа көрсетіліп тұр: жаңартуды жүктеу мүмкін болмады.`,
'core.loading': `Жүктелуде…`,
'core.retry': `Қайталау`,
    };
  