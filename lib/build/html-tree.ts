import { type DefaultTreeAdapterMap, parse } from 'parse5';

export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];

/** Parses a whole page with source locations, so that edits can cut exactly the parsed elements out of the text. */
// Scripting off: the content of <noscript> is read as elements (its links are checked too).
export const parsePage = (html: string) => parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });

export function* elementsOf(node: HtmlNode): Generator<HtmlElement> {
  if ('tagName' in node) yield node;
  // A <template>'s content lives in a fragment of its own.
  const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elementsOf(child);
}

export const attribute = (element: HtmlElement, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The nearest ancestor (or the element itself) with this tag name. */
export function closest(element: HtmlElement, tagName: string): HtmlElement | null {
  let node: HtmlNode | null = element;
  while (node && 'tagName' in node) {
    if (node.tagName === tagName) return node;
    node = node.parentNode as HtmlNode | null;
  }
  return null;
}
