
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.abbr': `д|ч|мин|с`,
'countdown.calendar.button': `Добавить день голосования в календарь`,
'countdown.calendar.description': str`Участки открыты с ${0} до ${1} (по времени Астаны, UTC+5). Возьмите с собой удостоверение личности.`,
'countdown.calendar.summary.election': `Выборы: день голосования`,
'countdown.calendar.summary.referendum': `Референдум: день голосования`,
'countdown.calendar.summary.vote': `День голосования`,
'countdown.ended.election': str`Выборы состоялись ${0}`,
'countdown.ended.referendum': str`Референдум состоялся ${0}`,
'countdown.ended.vote': str`Голосование состоялось ${0}`,
'countdown.less-than-a-minute': `меньше минуты`,
'countdown.title.election': `До выборов`,
'countdown.title.referendum': `До референдума`,
'countdown.title.vote': `До дня голосования`,
'countdown.unit.day': `день|дня|дней`,
'countdown.unit.hour': `час|часа|часов`,
'countdown.unit.minute': `минута|минуты|минут`,
'countdown.unit.second': `секунда|секунды|секунд`,
'countdown.upcoming.message': str`День голосования — ${0}, участки открыты с ${1} до ${2} (по времени Астаны).`,
'countdown.upcoming.sentence.election': str`${0} до выборов ${1}`,
'countdown.upcoming.sentence.referendum': str`${0} до референдума ${1}`,
'countdown.upcoming.sentence.vote': str`${0} до дня голосования, ${1}`,
'countdown.voting.message': str`Голосование идёт до ${0} (по времени Астаны).`,
'countdown.voting.sentence': str`Голосование идёт до ${0} (по времени Астаны): до закрытия участков ${1}`,
'countdown.voting.short': str`Время закрытия: ${0} (по времени Астаны)`,
'countdown.voting.started': str`Голосование началось. ${0}`,
'countdown.voting.title': `До закрытия участков`,
    };
  