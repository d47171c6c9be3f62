// Inbox rules as Graph takes and gives them (messageRule, messageRulePredicates, messageRuleActions).
// POST checks what Graph checks: displayName, sequence and actions are required, actions must not be
// empty, a property the type does not declare or a value of the wrong type is refused (400, Graph's
// OData reader error). The rule is stored the way Graph returns it: the "…Contains" strings upper-cased
// (the documented example turns senderContains "adele" into "ADELE"), a recipient given without a name
// named after its address, folder actions holding folder ids, and isReadOnly / hasError added.
import { GraphError, requestBodyRead } from "./graphError.js";

/** enum members are listed; the other kinds are the JSON shapes the properties take. */
type ValueKind =
  | "strings"
  | "containsStrings"
  | "recipients"
  | "boolean"
  | "folderId"
  | "sizeRange"
  | readonly string[];

const IMPORTANCE = ["low", "normal", "high"] as const;
const SENSITIVITY = ["normal", "personal", "private", "confidential"] as const;
const ACTION_FLAG = [
  "any",
  "call",
  "doNotForward",
  "followUp",
  "fyi",
  "forward",
  "noResponseNecessary",
  "read",
  "reply",
  "replyToAll",
  "review",
] as const;

const PREDICATES: Record<string, ValueKind> = {
  bodyContains: "containsStrings",
  bodyOrSubjectContains: "containsStrings",
  categories: "strings",
  fromAddresses: "recipients",
  hasAttachments: "boolean",
  headerContains: "containsStrings",
  importance: IMPORTANCE,
  isApprovalRequest: "boolean",
  isAutomaticForward: "boolean",
  isAutomaticReply: "boolean",
  isEncrypted: "boolean",
  isMeetingRequest: "boolean",
  isMeetingResponse: "boolean",
  isNonDeliveryReport: "boolean",
  isPermissionControlled: "boolean",
  isReadReceipt: "boolean",
  isSigned: "boolean",
  isVoicemail: "boolean",
  messageActionFlag: ACTION_FLAG,
  notSentToMe: "boolean",
  recipientContains: "containsStrings",
  senderContains: "containsStrings",
  sensitivity: SENSITIVITY,
  sentCcMe: "boolean",
  sentOnlyToMe: "boolean",
  sentToAddresses: "recipients",
  sentToMe: "boolean",
  sentToOrCcMe: "boolean",
  subjectContains: "containsStrings",
  withinSizeRange: "sizeRange",
};

const ACTIONS: Record<string, ValueKind> = {
  assignCategories: "strings",
  copyToFolder: "folderId",
  delete: "boolean",
  forwardAsAttachmentTo: "recipients",
  forwardTo: "recipients",
  markAsRead: "boolean",
  markImportance: IMPORTANCE,
  moveToFolder: "folderId",
  permanentDelete: "boolean",
  redirectTo: "recipients",
  stopProcessingRules: "boolean",
};

export interface SimRule {
  id: string;
  displayName: string;
  sequence: number;
  isEnabled: boolean;
  hasError: boolean;
  isReadOnly: boolean;
  conditions?: Record<string, unknown>;
  exceptions?: Record<string, unknown>;
  actions: Record<string, unknown>;
}

/** Turns a folder action's value into the id Graph stores, or refuses it. */
export type FolderIdResolver = (value: string) => string;

const invalidRule = (message: string) =>
  new GraphError(400, "ErrorInboxRulesValidationError", message);

const notDeclared = (property: string, type: string) =>
  requestBodyRead(
    `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
  );

const wrongType = (property: string, expected: string) =>
  requestBodyRead(`Cannot convert the value of '${property}' to the expected type '${expected}'.`);

function object(value: unknown, property: string, type: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw wrongType(property, `microsoft.graph.${type}`);
  return value as Record<string, unknown>;
}

/** Keys of a body, instance annotations ("@odata.type") aside. */
const declaredKeys = (record: Record<string, unknown>) =>
  Object.entries(record).filter(([key]) => !key.startsWith("@"));

function strings(value: unknown, property: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string"))
    throw wrongType(property, "Collection(Edm.String)");
  return value as string[];
}

function recipients(value: unknown, property: string): unknown[] {
  if (!Array.isArray(value)) throw wrongType(property, "Collection(microsoft.graph.recipient)");
  return value.map((item) => {
    const recipient = object(item, property, "recipient");
    for (const [key] of declaredKeys(recipient))
      if (key !== "emailAddress") throw notDeclared(key, "recipient");
    const email = object(recipient.emailAddress, "emailAddress", "emailAddress");
    for (const [key] of declaredKeys(email))
      if (key !== "address" && key !== "name") throw notDeclared(key, "emailAddress");
    if (typeof email.address !== "string" || email.address.trim() === "")
      throw new GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid.");
    const name = typeof email.name === "string" && email.name !== "" ? email.name : email.address;
    return { emailAddress: { name, address: email.address } };
  });
}

function convert(
  kind: ValueKind,
  value: unknown,
  property: string,
  folderId: FolderIdResolver
): unknown {
  if (Array.isArray(kind)) {
    if (typeof value !== "string" || !kind.includes(value))
      throw wrongType(property, `one of ${kind.join(", ")}`);
    return value;
  }
  switch (kind) {
    case "strings":
      return strings(value, property);
    case "containsStrings":
      return strings(value, property).map((text) => text.toUpperCase());
    case "recipients":
      return recipients(value, property);
    case "boolean":
      if (typeof value !== "boolean") throw wrongType(property, "Edm.Boolean");
      return value;
    case "folderId":
      if (typeof value !== "string") throw wrongType(property, "Edm.String");
      return folderId(value);
    case "sizeRange": {
      const range = object(value, property, "sizeRange");
      for (const [key, size] of declaredKeys(range)) {
        if (key !== "minimumSize" && key !== "maximumSize") throw notDeclared(key, "sizeRange");
        if (!Number.isInteger(size)) throw wrongType(key, "Edm.Int32");
      }
      return { ...range };
    }
  }
}

function complex(
  value: unknown,
  property: string,
  type: "messageRulePredicates" | "messageRuleActions",
  folderId: FolderIdResolver
): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  const kinds = type === "messageRuleActions" ? ACTIONS : PREDICATES;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of declaredKeys(object(value, property, type))) {
    // Own properties only: "constructor" or "__proto__" in a body are undeclared, not Object's.
    const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
    if (!kind) throw notDeclared(key, type);
    if (inner !== null) result[key] = convert(kind, inner, key, folderId);
  }
  return result;
}

const RULE_PROPERTIES = new Set([
  "id",
  "displayName",
  "sequence",
  "isEnabled",
  "hasError",
  "isReadOnly",
  "conditions",
  "exceptions",
  "actions",
]);

/** The writable part of a messageRule body, checked and normalised; missing properties stay missing. */
function ruleFields(body: unknown, folderId: FolderIdResolver): Partial<SimRule> {
  const record = object(body, "messageRule", "messageRule");
  for (const [key] of declaredKeys(record))
    if (!RULE_PROPERTIES.has(key)) throw notDeclared(key, "messageRule");
  const fields: Partial<SimRule> = {};
  if (record.displayName !== undefined && record.displayName !== null) {
    if (typeof record.displayName !== "string") throw wrongType("displayName", "Edm.String");
    fields.displayName = record.displayName;
  }
  if (record.sequence !== undefined && record.sequence !== null) {
    if (!Number.isInteger(record.sequence)) throw wrongType("sequence", "Edm.Int32");
    fields.sequence = record.sequence as number;
  }
  if (record.isEnabled !== undefined && record.isEnabled !== null) {
    if (typeof record.isEnabled !== "boolean") throw wrongType("isEnabled", "Edm.Boolean");
    fields.isEnabled = record.isEnabled;
  }
  const conditions = complex(record.conditions, "conditions", "messageRulePredicates", folderId);
  if (conditions) fields.conditions = conditions;
  const exceptions = complex(record.exceptions, "exceptions", "messageRulePredicates", folderId);
  if (exceptions) fields.exceptions = exceptions;
  const actions = complex(record.actions, "actions", "messageRuleActions", folderId);
  if (actions) fields.actions = actions;
  return fields;
}

/** A rule in Graph's property order, with the server-set fields. */
function stored(id: string, fields: Omit<SimRule, "id">): SimRule {
  return {
    id,
    displayName: fields.displayName,
    sequence: fields.sequence,
    isEnabled: fields.isEnabled,
    hasError: fields.hasError,
    isReadOnly: fields.isReadOnly,
    ...(fields.conditions ? { conditions: fields.conditions } : {}),
    ...(fields.exceptions ? { exceptions: fields.exceptions } : {}),
    actions: fields.actions,
  };
}

/** POST …/messageRules: a new rule from a request body, as Graph would store and return it. */
export function createRule(body: unknown, id: string, folderId: FolderIdResolver): SimRule {
  const fields = ruleFields(body, folderId);
  if (!fields.displayName?.trim()) throw invalidRule("The rule must have a displayName.");
  if (fields.sequence === undefined) throw invalidRule("The rule must have a sequence.");
  if (!fields.actions || Object.keys(fields.actions).length === 0)
    throw invalidRule("The rule must have at least one action.");
  return stored(id, {
    displayName: fields.displayName,
    sequence: fields.sequence,
    isEnabled: fields.isEnabled ?? true,
    hasError: false,
    isReadOnly: false,
    ...(fields.conditions ? { conditions: fields.conditions } : {}),
    ...(fields.exceptions ? { exceptions: fields.exceptions } : {}),
    actions: fields.actions,
  });
}

/** PATCH …/messageRules/{id}: the given properties replaced, checked like a POST's. */
export function updateRule(rule: SimRule, body: unknown, folderId: FolderIdResolver): SimRule {
  const fields = ruleFields(body, folderId);
  if (fields.actions && Object.keys(fields.actions).length === 0)
    throw invalidRule("The rule must have at least one action.");
  return stored(rule.id, { ...rule, ...fields });
}
