export { encodeMessage, decodeMessage, type MessageType } from './codec.js';
export { isTerminalTaskState, taskStateName, taskReasonName } from './task-states.js';
export { v1, pb } from '../proto/index.js';
