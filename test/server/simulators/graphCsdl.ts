// Microsoft Graph's own schema (the v1.0 CSDL, read with a real XML parser) as a judge of JSON:
// which properties a type declares (with its base types), their types, whether they are collections
// and whether they may be null, the members of enums, and which type a request URL addresses
// (/me → user, /me/mailFolders → Collection(mailFolder), …). Nothing here is copied by hand from the
// schema: every name comes from the file.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

const CSDL_FILE = new URL("../../fixtures/external/graph/cleanMetadata-v1.0.xml", import.meta.url);

export interface TypeRef {
  /** Qualified: "Edm.String", "microsoft.graph.recipient". */
  type: string;
  collection: boolean;
  /** For a collection: whether its items may be null. */
  nullable: boolean;
}

export interface CsdlProperty extends TypeRef {
  name: string;
  navigation: boolean;
}

interface StructuredType {
  name: string;
  kind: "entity" | "complex";
  baseType: string | null;
  open: boolean;
  properties: Map<string, CsdlProperty>;
}

/** A bound action, e.g. attachments/createUploadSession: its body's parameters and what it returns. */
export interface BoundAction {
  name: string;
  binding: TypeRef;
  parameters: Map<string, TypeRef>;
  returns: TypeRef | null;
}

interface EnumType {
  name: string;
  members: Set<string>;
  flags: boolean;
}

type XmlNode = Record<string, unknown>;

const list = (value: unknown): XmlNode[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as XmlNode[]) : [value as XmlNode];

const INT_RANGES: Record<string, [number, number]> = {
  "Edm.Byte": [0, 255],
  "Edm.SByte": [-128, 127],
  "Edm.Int16": [-32768, 32767],
  "Edm.Int32": [-2147483648, 2147483647],
  "Edm.Int64": [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Lexical forms of OData JSON primitive values (OData JSON format v4.01, §7.1). */
const PRIMITIVE_PATTERNS: Record<string, RegExp> = {
  "Edm.DateTimeOffset": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?(Z|[+-]\d{2}:\d{2})$/,
  "Edm.Date": /^\d{4}-\d{2}-\d{2}$/,
  "Edm.TimeOfDay": /^\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?$/,
  "Edm.Duration": /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  "Edm.Guid": /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  // OData says base64url; Graph writes and reads standard base64 (contentBytes in its own examples).
  "Edm.Binary": /^[A-Za-z0-9_\-+/]*={0,2}$/,
};

export interface ValidateOptions {
  /** Every declared primitive (non-complex, non-navigation) property must be present, as when Graph returns a whole entity. */
  complete?: boolean;
}

export class GraphCsdl {
  private readonly structured = new Map<string, StructuredType>();
  private readonly enums = new Map<string, EnumType>();
  private readonly singletons = new Map<string, string>();
  private readonly actions: BoundAction[] = [];

  constructor(xml: string) {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      removeNSPrefix: true,
    });
    const document = parser.parse(xml.replace(/^\uFEFF/, "")) as XmlNode;
    const edmx = document.Edmx as XmlNode;
    const schemas = list((edmx.DataServices as XmlNode).Schema);
    const aliases = new Map<string, string>();
    for (const schema of schemas)
      if (schema.Alias) aliases.set(String(schema.Alias), String(schema.Namespace));
    const qualify = (name: string): string => {
      const dot = name.lastIndexOf(".");
      const prefix = name.slice(0, dot);
      return aliases.has(prefix) ? `${aliases.get(prefix)}${name.slice(dot)}` : name;
    };
    const typeRef = (node: XmlNode): TypeRef => {
      const raw = String(node.Type);
      const match = /^Collection\((.+)\)$/.exec(raw);
      return {
        type: qualify(match ? match[1]! : raw),
        collection: Boolean(match),
        nullable: node.Nullable !== "false",
      };
    };
    for (const schema of schemas) {
      const namespace = String(schema.Namespace);
      for (const [kind, nodes] of [
        ["entity", list(schema.EntityType)],
        ["complex", list(schema.ComplexType)],
      ] as const) {
        for (const node of nodes) {
          const properties = new Map<string, CsdlProperty>();
          for (const property of list(node.Property))
            properties.set(String(property.Name), {
              name: String(property.Name),
              navigation: false,
              ...typeRef(property),
            });
          for (const property of list(node.NavigationProperty))
            properties.set(String(property.Name), {
              name: String(property.Name),
              navigation: true,
              ...typeRef(property),
            });
          const name = `${namespace}.${String(node.Name)}`;
          this.structured.set(name, {
            name,
            kind,
            baseType: node.BaseType ? qualify(String(node.BaseType)) : null,
            open: node.OpenType === "true",
            properties,
          });
        }
      }
      for (const node of list(schema.EnumType)) {
        const name = `${namespace}.${String(node.Name)}`;
        this.enums.set(name, {
          name,
          flags: node.IsFlags === "true",
          members: new Set(list(node.Member).map((member) => String(member.Name))),
        });
      }
      for (const node of list(schema.Action)) {
        if (node.IsBound !== "true") continue;
        const [binding, ...parameters] = list(node.Parameter);
        if (!binding) continue;
        this.actions.push({
          name: String(node.Name),
          binding: typeRef(binding),
          parameters: new Map(
            parameters.map((parameter) => [String(parameter.Name), typeRef(parameter)])
          ),
          returns: node.ReturnType ? typeRef(node.ReturnType as XmlNode) : null,
        });
      }
      for (const container of list(schema.EntityContainer))
        for (const singleton of list(container.Singleton))
          this.singletons.set(String(singleton.Name), qualify(String(singleton.Type)));
    }
  }

  /** Every property of a structured type, its base types' included. */
  properties(typeName: string): Map<string, CsdlProperty> {
    const type = this.structured.get(typeName);
    if (!type) throw new Error(`${typeName} is not a structured type of the CSDL`);
    const inherited = type.baseType
      ? this.properties(type.baseType)
      : new Map<string, CsdlProperty>();
    return new Map([...inherited, ...type.properties]);
  }

  enumMembers(typeName: string): Set<string> {
    const type = this.enums.get(typeName);
    if (!type) throw new Error(`${typeName} is not an enum type of the CSDL`);
    return type.members;
  }

  isStructured(typeName: string): boolean {
    return this.structured.has(typeName);
  }

  isEnum(typeName: string): boolean {
    return this.enums.has(typeName);
  }

  isSubtype(typeName: string, ancestor: string): boolean {
    for (let current: string | null = typeName; current;)
      if (current === ancestor) return true;
      else current = this.structured.get(current)?.baseType ?? null;
    return false;
  }

  /**
   * What a URL path below the version root addresses, e.g. "/me/mailFolders/{id}/childFolders" →
   * Collection(microsoft.graph.mailFolder): the first segment is a singleton, each next one a property
   * or navigation property of the type so far, or a key when the type so far is a collection.
   */
  resolvePath(path: string): TypeRef {
    const segments = path.split("/").filter(Boolean);
    const root = this.singletons.get(segments[0] ?? "");
    if (!root) throw new Error(`${path}: ${segments[0]} is not a singleton of the CSDL`);
    let current: TypeRef = { type: root, collection: false, nullable: false };
    for (const segment of segments.slice(1)) {
      if (current.collection) {
        current = { ...current, collection: false, nullable: false };
        continue;
      }
      const property = this.properties(current.type).get(segment);
      if (!property) throw new Error(`${path}: ${current.type} has no property ${segment}`);
      current = property;
    }
    return current;
  }

  /** The bound action a path ends with ("/me/messages/{id}/attachments/createUploadSession"), or null. */
  actionOf(path: string): BoundAction | null {
    const segments = path.split("/").filter(Boolean);
    const name = segments.pop();
    if (!name || segments.length === 0) return null;
    const binding = this.resolvePath(`/${segments.join("/")}`);
    return (
      this.actions.find(
        (action) =>
          action.name === name &&
          action.binding.type === binding.type &&
          action.binding.collection === binding.collection
      ) ?? null
    );
  }

  /** Problems found in a JSON value of a type, one line each ("$.value[2].totalItemCount: …"). */
  validate(value: unknown, ref: TypeRef, path = "$", options: ValidateOptions = {}): string[] {
    if (ref.collection) {
      if (!Array.isArray(value)) return [`${path}: expected Collection(${ref.type})`];
      return value.flatMap((item, index) =>
        item === null
          ? ref.nullable
            ? []
            : [`${path}[${index}]: null in a collection of non-nullable ${ref.type}`]
          : this.validate(
              item,
              { type: ref.type, collection: false, nullable: ref.nullable },
              `${path}[${index}]`,
              options
            )
      );
    }
    if (value === null)
      return ref.nullable ? [] : [`${path}: null where ${ref.type} is not nullable`];
    if (this.structured.has(ref.type))
      return this.validateStructured(value, ref.type, path, options);
    if (this.enums.has(ref.type)) return this.validateEnum(value, ref.type, path);
    return validatePrimitive(value, ref.type, path);
  }

  private validateStructured(
    value: unknown,
    declared: string,
    path: string,
    options: ValidateOptions
  ): string[] {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return [`${path}: expected an object of type ${declared}`];
    const record = value as Record<string, unknown>;
    let typeName = declared;
    const annotated = record["@odata.type"];
    if (annotated !== undefined) {
      const named = typeof annotated === "string" ? annotated.replace(/^#/, "") : "";
      if (!this.structured.has(named))
        return [`${path}.@odata.type: ${String(annotated)} is not a type of the CSDL`];
      if (!this.isSubtype(named, declared))
        return [`${path}.@odata.type: ${named} does not derive from ${declared}`];
      typeName = named;
    }
    const properties = this.properties(typeName);
    const problems: string[] = [];
    for (const [key, inner] of Object.entries(record)) {
      // Instance annotations: "@odata.context", "@odata.nextLink", "displayName@odata.type", …
      if (key.includes("@")) continue;
      const property = properties.get(key);
      if (!property) {
        // Open types (user, message) allow dynamic properties, but a simulator has no reason to invent any.
        problems.push(`${path}.${key}: ${typeName} declares no such property`);
        continue;
      }
      problems.push(...this.validate(inner, property, `${path}.${key}`));
    }
    if (options.complete)
      for (const property of properties.values())
        if (
          !property.navigation &&
          !this.structured.has(property.type) &&
          !(property.name in record)
        )
          problems.push(`${path}.${property.name}: missing (Graph returns every property)`);
    return problems;
  }

  private validateEnum(value: unknown, typeName: string, path: string): string[] {
    const type = this.enums.get(typeName)!;
    if (typeof value !== "string") return [`${path}: expected a ${typeName} member name`];
    const names = type.flags ? value.split(",").map((name) => name.trim()) : [value];
    const unknown = names.filter((name) => !type.members.has(name));
    return unknown.length === 0
      ? []
      : [
          `${path}: ${unknown.join(", ")} is not a member of ${typeName} (${[...type.members].join(", ")})`,
        ];
  }
}

function validatePrimitive(value: unknown, typeName: string, path: string): string[] {
  const problem = (expected: string) => [
    `${path}: ${JSON.stringify(value)} is not ${expected} (${typeName})`,
  ];
  switch (typeName) {
    case "Edm.Untyped":
    case "Edm.Stream":
      return [];
    case "Edm.String":
      return typeof value === "string" ? [] : problem("a string");
    case "Edm.Boolean":
      return typeof value === "boolean" ? [] : problem("a boolean");
    case "Edm.Double":
    case "Edm.Single":
    case "Edm.Decimal":
      return typeof value === "number" || ["INF", "-INF", "NaN"].includes(String(value))
        ? []
        : problem("a number");
  }
  const range = INT_RANGES[typeName];
  if (range)
    return Number.isInteger(value) && (value as number) >= range[0] && (value as number) <= range[1]
      ? []
      : problem(`an integer in [${range[0]}, ${range[1]}]`);
  const pattern = PRIMITIVE_PATTERNS[typeName];
  if (pattern)
    return typeof value === "string" && pattern.test(value) ? [] : problem("well formed");
  return [`${path}: no check for ${typeName}`];
}

let loaded: GraphCsdl | undefined;

/** The Graph v1.0 CSDL from the test fixtures (parsed once per run). */
export function graphCsdl(): GraphCsdl {
  loaded ??= new GraphCsdl(readFileSync(CSDL_FILE, "utf8"));
  return loaded;
}
