/**
 * `@dauys/widgets`: every widget, registered. Each widget also has its own entry
 * (`@dauys/widgets/countdown` …) that registers only that one; importing a class from a
 * `dauys-*.ts` module never registers anything.
 */
export * from './countdown/define.js';
export * from './event-finder/define.js';
export * from './faq/define.js';
export * from './volunteer-form/define.js';
