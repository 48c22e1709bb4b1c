import { DroverError } from '../errors/index.js';

/** The part of a generated protobuf class that encoding and decoding need. */
export interface MessageType<Properties, Decoded> {
  encode(message: Properties): { finish(): Uint8Array };
  decode(reader: Uint8Array): Decoded;
  readonly name?: string;
}

export function encodeMessage<Properties, Decoded>(type: MessageType<Properties, Decoded>, message: Properties): Uint8Array {
  return type.encode(message).finish();
}

/** Decodes `bytes`, turning any protobuf failure into DroverError DECODE_FAILED naming the type. */
export function decodeMessage<Properties, Decoded>(type: MessageType<Properties, Decoded>, bytes: Uint8Array): Decoded {
  try {
    return type.decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DroverError('DECODE_FAILED', `malformed ${type.name ?? 'protobuf'} message: ${reason}`, { cause: error });
  }
}
