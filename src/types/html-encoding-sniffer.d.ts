// html-encoding-sniffer 7 ships no types: its one function, as documented.
declare module 'html-encoding-sniffer' {
  /** The WHATWG name of the encoding a browser would decode these bytes with (BOM, then `<meta>` prescan, then the default). */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string; xml?: boolean; maxPrescanBytes?: number },
  ): string;
}
