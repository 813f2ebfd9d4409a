
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'faq.all-categories': `Барлығы`,
'faq.categories': `Санаттар`,
'faq.clear-search': `Іздеуді тазарту`,
'faq.collapse-all': `Барлығын жабу`,
'faq.copy-failed': `Автоматты түрде көшіру мүмкін болмады. Сілтемені белгілеп, өзіңіз көшіріңіз.`,
'faq.copy-link': `Сілтемені көшіру`,
'faq.count-few': str`${1} сұрақтың ішінен ${0} сұрақ табылды`,
'faq.count-none': `Сәйкес сұрақ табылмады.`,
'faq.count-one': str`${1} сұрақтың ішінен ${0} сұрақ табылды`,
'faq.count-other': str`${1} сұрақтың ішінен ${0} сұрақ табылды`,
'faq.empty-categories': `Таңдалған санаттарда сұрақ жоқ.`,
'faq.empty-hint': `Жазылуын тексеріңіз, қысқарақ сөзді немесе мағынасы жақын басқа сөзді қолданып көріңіз, не басқа санатты таңдаңыз.`,
'faq.empty-query': str`«${0}» сұранысына сәйкес сұрақ табылмады.`,
'faq.expand-all': `Барлығын ашу`,
'faq.link-copied': `Сілтеме көшірілді.`,
'faq.no-questions': `Әзірге мұнда сұрақтар жоқ.`,
'faq.search-label': `Сұрақтардан іздеу`,
'faq.show-all': `Барлық сұрақтарды көрсету`,
    };
  