// A minimal ordered element tree over fast-xml-parser's preserveOrder output: manifest checks need
// element order and attributes, which the plain object form loses.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new XmlSyntaxError(
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as Ordered[];
  const root = nodes
    .map(toElement)
    .find((element): element is XmlElement => element !== null && !element.name.startsWith("?"));
  if (!root) throw new XmlSyntaxError("the document has no root element");
  return root;
}

function toElement(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name === "#text" || name === "#comment") return null;
  const content = (node[name] as Ordered[] | undefined) ?? [];
  const text = content
    .map((child) => (typeof child["#text"] === "string" ? child["#text"] : ""))
    .join("");
  return {
    name,
    attributes: node[":@"] ?? {},
    children: content.map(toElement).filter((child): child is XmlElement => child !== null),
    text,
  };
}

/** Local name without namespace prefix ("bt:Image" → "Image"). */
export const localName = (element: XmlElement): string => element.name.replace(/^.*:/, "");

export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => localName(child) === name);

export const firstChild = (element: XmlElement, name: string): XmlElement | undefined =>
  childrenNamed(element, name)[0];

/** Every descendant (depth first), the element itself excluded. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}
