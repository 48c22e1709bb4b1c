// The Marathon framework's state model: instances and deployment plans (plain data, no behaviour).
export type * from './instance.js';
export { ACTIVE_CONDITIONS, TERMINAL_CONDITIONS } from './instance.js';
export type * from './deployment.js';
