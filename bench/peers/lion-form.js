// Peer for <dauys-volunteer-form>: a Lion form with the same fields (text, tel, e-mail, select,
// checkbox groups, consent checkboxes, submit button).
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-input-email.js';
import '@lion/ui/define/lion-select.js';
import '@lion/ui/define/lion-checkbox-group.js';
import '@lion/ui/define/lion-checkbox.js';
import '@lion/ui/define/lion-button-submit.js';
