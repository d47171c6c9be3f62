// Single-value extended properties as Graph takes and gives them (extended-properties-overview,
// singlevaluelegacyextendedproperty-*): an id "{type} {proptag}" such as "Integer 0x0E07", or a named
// one "{type} {guid} Name {name}" / "{type} {guid} Id {hex}"; the value always a string. Graph answers
// with the id normalised (tag in lower case without leading zeros: "Long 0xe08"), which is how two
// spellings of one property are told apart here too.
import { GraphError } from "./graphError.js";

const TYPES = [
  "Binary",
  "Boolean",
  "CLSID",
  "Currency",
  "Double",
  "Float",
  "Integer",
  "Long",
  "Short",
  "String",
  "SystemTime",
] as const;
type PropertyType = (typeof TYPES)[number];

const TAG = /^0x([0-9a-f]{1,4})$/i;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface ExtendedPropertyId {
  type: PropertyType;
  /** The id as Graph writes it back. */
  normalized: string;
}

const invalidId = (id: string) =>
  new GraphError(
    400,
    "ErrorInvalidExtendedPropertyId",
    `The extended property id '${id}' is invalid.`
  );

export function parsePropertyId(id: string): ExtendedPropertyId {
  const parts = id.trim().split(/\s+/);
  const type = TYPES.find((candidate) => candidate.toLowerCase() === parts[0]?.toLowerCase());
  if (!type) throw invalidId(id);
  if (parts.length === 2) {
    const tag = TAG.exec(parts[1]!);
    if (!tag) throw invalidId(id);
    return { type, normalized: `${type} 0x${parseInt(tag[1]!, 16).toString(16)}` };
  }
  const guid = GUID.exec(parts[1] ?? "");
  if (!guid || parts.length < 4) throw invalidId(id);
  const kind = parts[2]!.toLowerCase();
  if (kind === "name") {
    // Names keep their case: filtering on them is case-sensitive.
    const name = id.trim().split(/\s+/).slice(3).join(" ");
    return { type, normalized: `${type} {${guid[1]!.toLowerCase()}} Name ${name}` };
  }
  const tag = TAG.exec(parts[3]!);
  if (kind !== "id" || !tag || parts.length !== 4) throw invalidId(id);
  return {
    type,
    normalized: `${type} {${guid[1]!.toLowerCase()}} Id 0x${parseInt(tag[1]!, 16).toString(16)}`,
  };
}

/** A value Graph can store for the type; Graph answers 400 when a value cannot be converted. */
export function checkPropertyValue(property: ExtendedPropertyId, value: unknown): string {
  if (typeof value !== "string")
    throw new GraphError(400, "RequestBodyRead", "An extended property value must be a string.");
  const bad = () =>
    new GraphError(
      400,
      "ErrorInvalidExtendedPropertyValue",
      `The value '${value}' is not valid for an extended property of type ${property.type}.`
    );
  switch (property.type) {
    case "Integer":
    case "Short":
    case "Long":
      if (!/^-?\d+$/.test(value)) throw bad();
      break;
    case "Boolean":
      if (!/^(true|false)$/i.test(value)) throw bad();
      break;
    case "SystemTime":
      if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw bad();
      break;
  }
  return value;
}

/** The body of `singleValueExtendedProperties` in a create request, as a map normalised id → value. */
export function readExtendedProperties(raw: unknown): Map<string, string> {
  const properties = new Map<string, string>();
  if (raw === undefined) return properties;
  if (!Array.isArray(raw))
    throw new GraphError(400, "RequestBodyRead", "singleValueExtendedProperties must be an array.");
  for (const item of raw as { id?: unknown; value?: unknown }[]) {
    if (typeof item?.id !== "string") throw invalidId(String(item?.id));
    const id = parsePropertyId(item.id);
    properties.set(id.normalized, checkPropertyValue(id, item.value));
  }
  return properties;
}
