// Well-formedness of XML, checked by saxes, a strict (namespace-aware) XML
// parser: a feed that any XML reader would reject fails here first.
import { SaxesParser } from 'saxes';

/** Undefined when `text` is well-formed XML, else the first error with its position. */
export function xmlError(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(text).close();
  return error;
}
