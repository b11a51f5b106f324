/** Why bytes could not be read as text: an unknown charset (415) or bytes invalid in theirs (422). */
export class TextDecodeError extends Error {
  override name = "TextDecodeError";
  constructor(
    message: string,
    readonly reason: "unsupported-charset" | "invalid-bytes",
  ) {
    super(message);
  }
}

/** Offset of the first byte that does not start or continue a UTF-8 sequence, for the error message. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let j = 1; j < length; j++) {
      const next = bytes[i + j];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Bytes of an article as text, the same for an HTTP body and a file: in the declared charset (any WHATWG
 * encoding label: `iso-8859-1`, `windows-1252`, `utf-16le`…), else UTF-8, where invalid bytes are refused rather
 * than stored as U+FFFD ("Z�rich"). A UTF-8 byte order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const label = charset?.trim().replace(/^"|"$/g, "") || "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new TextDecodeError(
      `unknown charset "${label}"; declare one of utf-8, iso-8859-1, windows-1252, utf-16le… or send UTF-8`,
      "unsupported-charset",
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const at = decoder.encoding === "utf-8" ? firstInvalidUtf8Byte(bytes) : -1;
    const where = at >= 0 ? ` (byte 0x${(bytes[at] as number).toString(16)} at offset ${at})` : "";
    throw new TextDecodeError(
      charset
        ? `the text is not valid ${decoder.encoding}${where}; fix its charset declaration or its bytes`
        : `the text is not valid UTF-8${where}; convert it to UTF-8 or declare its charset (e.g. Content-Type: text/plain; charset=iso-8859-1)`,
      "invalid-bytes",
    );
  }
}
