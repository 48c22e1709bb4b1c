// The generated protobuf classes and the names the rest of Drover uses for them.
// Code outside shared/proto imports from here, never from ./generated directly.
import $protobuf from 'protobufjs/minimal.js';
import { drover } from './generated/drover.js';

// 64-bit fields are plain numbers in Drover (the generated types say so). protobufjs decodes them as Long objects
// whenever the `long` package is installed, so switch that off before anything decodes.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export const v1 = drover.v1;
export import pb = drover.v1;
