
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'core.silence-notice': str`День тишины: по закону агитация запрещена со дня, предшествующего дню голосования, и до закрытия участков. Этот раздел снова станет доступен после окончания голосования (${0}, ${1}).`,
};
