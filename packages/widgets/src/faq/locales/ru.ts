
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'faq.all-categories': `Все`,
'faq.categories': `Категории`,
'faq.clear-search': `Очистить поиск`,
'faq.collapse-all': `Свернуть все`,
'faq.copy-failed': `Не удалось скопировать автоматически. Выделите ссылку и скопируйте её.`,
'faq.copy-link': `Скопировать ссылку`,
'faq.count-few': str`Найдено ${0} вопроса из ${1}`,
'faq.count-none': `Подходящих вопросов нет.`,
'faq.count-one': str`Найден ${0} вопрос из ${1}`,
'faq.count-other': str`Найдено ${0} вопросов из ${1}`,
'faq.empty-categories': `В выбранных категориях вопросов нет.`,
'faq.empty-hint': `Проверьте написание, попробуйте более короткое слово или другое, близкое по смыслу, либо выберите другую категорию.`,
'faq.empty-query': str`По запросу «${0}» вопросов не найдено.`,
'faq.expand-all': `Раскрыть все`,
'faq.link-copied': `Ссылка скопирована.`,
'faq.no-questions': `Вопросов пока нет.`,
'faq.search-label': `Поиск по вопросам`,
'faq.show-all': `Показать все вопросы`,
    };
  