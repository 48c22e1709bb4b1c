// The generated protobuf classes and the names the rest of Drover uses for them.
// Code outside shared/proto imports from here, never from ./generated directly.
import { drover } from './generated/drover.js';

export const v1 = drover.v1;
export import pb = drover.v1;
