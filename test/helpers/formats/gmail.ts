// Reads mailFilters.xml with a real XML parser (fast-xml-parser, entities decoded) and splits Gmail
// search values back into their quoted terms.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export function parseGmail(xml: string): Record<string, string>[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => name === "entry" || name === "apps:property",
    htmlEntities: true,
    trimValues: false,
  });
  const feed = (
    parser.parse(xml) as {
      feed: { entry?: { "apps:property"?: { name: string; value: string }[] }[] };
    }
  ).feed;
  return (feed.entry ?? []).map((entry) =>
    Object.fromEntries(
      (entry["apps:property"] ?? []).map((property) => [property.name, String(property.value)])
    )
  );
}

/** "\"a\" OR \"b\"" → ["a", "b"] */
export const gmailTerms = (value: string): string[] =>
  [...value.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
