import { DOMParser } from "@xmldom/xmldom";

// Reading the SAML XML we are given (an identity provider's metadata, a signed response): the same
// strict parse and the same walk over direct children, so neither reader is more lenient than the other.

/**
 * The document's root element. Any parse error or warning-turned-error throws what `refusal` makes
 * of the parser's message (undefined for a document without a root element).
 */
export function parseSamlXml(xml: string, refusal: (message: string | undefined) => Error): Element {
  const fail = (message: string) => {
    throw refusal(message);
  };
  const document = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(
    xml,
    "text/xml",
  );
  const root = document.documentElement;
  if (!root) throw refusal(undefined);
  return root;
}

/** The direct children of `parent` with this namespace and local name, in document order. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const element = node as Element;
    if (element.nodeType === 1 && element.localName === localName && element.namespaceURI === namespace) {
      found.push(element);
    }
  }
  return found;
}
