
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize


    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.feed-error.format': `Не удалось прочитать данные: неверный формат. Сообщите владельцу сайта.`,
'core.feed-error.http': `Сервер сейчас не может отдать данные. Попробуйте позже.`,
'core.feed-error.network': `Не удалось подключиться. Проверьте подключение к интернету и попробуйте ещё раз.`,
'core.feed-error.timeout': `Сервер слишком долго не отвечает. Попробуйте ещё раз.`,
'core.feed-stale': `Показана последняя сохранённая версия: обновление загрузить не удалось.`,
'core.loading': `Загрузка…`,
'core.retry': `Повторить`,
    };
  