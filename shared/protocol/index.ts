export { encodeMessage, decodeMessage, type MessageType } from './codec.js';
export { v1, pb } from '../proto/index.js';
