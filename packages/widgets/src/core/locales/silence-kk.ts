
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'core.silence-notice': str`Үгіт-насихатқа тыйым салынған кезең: заң бойынша дауыс беру күнінің алдындағы күннен бастап учаскелер жабылғанға дейін үгіт жүргізілмейді. Бұл бөлім дауыс беру аяқталғаннан кейін (${0}, ${1}) қайта қолжетімді болады.`,
};
