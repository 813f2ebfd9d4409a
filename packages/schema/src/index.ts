export * from './common.js';
export * from './event.js';
export * from './faq.js';
export * from './locale.js';
export * from './phone.js';
export * from './regions.js';
export * from './signup.js';
export * from './signup-schema.js';
