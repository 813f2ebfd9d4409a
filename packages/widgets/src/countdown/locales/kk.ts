
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.abbr': `күн|сағ|мин|сек`,
'countdown.calendar.button': `Дауыс беру күнін күнтізбеге қосу`,
'countdown.calendar.description': str`Учаскелердің жұмыс уақыты: ${0}–${1} (Астана уақыты, UTC+5). Жеке куәлігіңізді ала жүріңіз.`,
'countdown.calendar.summary.election': `Сайлау: дауыс беру күні`,
'countdown.calendar.summary.referendum': `Референдум: дауыс беру күні`,
'countdown.calendar.summary.vote': `Дауыс беру күні`,
'countdown.ended.election': str`Сайлау ${0} күні өтті.`,
'countdown.ended.referendum': str`Референдум ${0} күні өтті.`,
'countdown.ended.vote': str`Дауыс беру ${0} күні өтті.`,
'countdown.less-than-a-minute': `бір минуттан аз`,
'countdown.title.election': `Сайлауға дейін`,
'countdown.title.referendum': `Референдумға дейін`,
'countdown.title.vote': `Дауыс беру күніне дейін`,
'countdown.unit.day': `күн`,
'countdown.unit.hour': `сағат`,
'countdown.unit.minute': `минут`,
'countdown.unit.second': `секунд`,
'countdown.upcoming.message': str`Дауыс беру күні – ${0}, учаскелердің жұмыс уақыты: ${1}–${2} (Астана уақыты).`,
'countdown.upcoming.sentence.election': str`${1} күні өтетін сайлауға дейін ${0} қалды`,
'countdown.upcoming.sentence.referendum': str`${1} күні өтетін референдумға дейін ${0} қалды`,
'countdown.upcoming.sentence.vote': str`Дауыс беру күніне (${1}) дейін ${0} қалды`,
'countdown.voting.message': str`Дауыс беру жүріп жатыр, учаскелердің жабылу уақыты: ${0} (Астана уақыты).`,
'countdown.voting.sentence': str`Дауыс беру жүріп жатыр: учаскелер жабылғанға дейін ${1} қалды (жабылу уақыты: ${0}, Астана уақыты)`,
'countdown.voting.short': str`Жабылу уақыты: ${0} (Астана уақыты)`,
'countdown.voting.started': str`Дауыс беру басталды. ${0}`,
'countdown.voting.title': `Учаскелер жабылғанға дейін`,
    };
  