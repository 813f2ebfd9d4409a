import { defineElement } from '../core/define.js';
import { DauysEventFinder } from './dauys-event-finder.js';

export { DauysEventFinder };
export type { EventFilters, MapProvider } from './dauys-event-finder.js';

defineElement('dauys-event-finder', DauysEventFinder);

declare global {
  interface HTMLElementTagNameMap {
    'dauys-event-finder': DauysEventFinder;
  }
}
