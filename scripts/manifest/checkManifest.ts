// Offline checks of an Outlook (MailApp) XML manifest. The official validator (office-addin-manifest
// validate) posts the file to an online service, and no XSD ships in the npm packages, so these
// checks are written from the manifest reference (element order of OfficeApp, VersionOverrides 1.0
// and 1.1, resource ids, string limits) plus what our users need: every string in French too, every
// icon a real PNG of the declared size, every URL https.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pngSize } from "./pngSize.js";
import {
  childrenNamed,
  descendants,
  firstChild,
  localName,
  parseXml,
  XmlSyntaxError,
  type XmlElement,
} from "./xmlTree.js";

export interface ManifestCheckOptions {
  /** Folder that `/assets/*` on the add-in's own origin is served from (addin/assets). */
  assetDirectory: string;
  /** Locales that every user-visible string must be translated into. */
  requiredLocales: string[];
}

export interface ManifestCheck {
  name: string;
  problems: string[];
}

export interface ManifestReport {
  checks: ManifestCheck[];
  /** All problems of all checks, in order. */
  problems: string[];
}

/** Order of OfficeApp's children for a MailApp (manifest reference / [MS-OWEMXML]). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];
const OFFICE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "Hosts",
  "FormSettings",
  "Permissions",
  "Rule",
];
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "VersionOverrides",
  "WebApplicationInfo",
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
/** Which resource table each kind of resid reference must point into. */
const RESID_TABLES: Record<string, string> = {
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
};
const STRING_LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestReport {
  const report: ManifestReport = { checks: [], problems: [] };
  const check = (name: string, problems: string[]) => {
    report.checks.push({ name, problems });
    report.problems.push(...problems);
  };

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      check("well-formed XML", [error.message]);
      return report;
    }
    throw error;
  }
  check("well-formed XML", []);
  if (localName(root) !== "OfficeApp" || root.attributes["xsi:type"] !== "MailApp") {
    check("root element", [
      'the root element must be <OfficeApp xsi:type="MailApp"> (an Outlook add-in)',
    ]);
    return report;
  }

  check(
    "OfficeApp elements present and in schema order",
    orderProblems(root, OFFICE_APP_ORDER, OFFICE_APP_REQUIRED, "OfficeApp")
  );
  check("Id, Version, Permissions, Hosts", identityProblems(root));
  const taskpaneOrigin = originOf(
    firstChild(
      firstChild(
        firstChild(firstChild(root, "FormSettings") ?? root, "Form") ?? root,
        "DesktopSettings"
      ) ?? root,
      "SourceLocation"
    )?.attributes.DefaultValue
  );
  check("every URL is https", urlProblems(root));
  check(
    `translations (${options.requiredLocales.join(", ")}) for every user-visible string`,
    localeProblems(root, options.requiredLocales)
  );
  check(
    "icons are PNG files of the declared size",
    iconProblems(root, taskpaneOrigin, options.assetDirectory)
  );

  const outer = firstChild(root, "VersionOverrides");
  if (!outer) {
    check("VersionOverrides", [
      "VersionOverrides is missing: without it there is no ribbon button",
    ]);
    return report;
  }
  const inner = firstChild(outer, "VersionOverrides");
  check("VersionOverrides 1.0 and nested 1.1", versionOverridesProblems(outer, inner));
  for (const overrides of [outer, inner].filter(
    (element): element is XmlElement => element !== undefined
  )) {
    const label = overrides.attributes["xsi:type"] ?? "VersionOverrides";
    check(`${label}: resource ids resolve and strings fit`, resourceProblems(overrides, label));
  }
  if (inner) check("message-read button opens a pinnable taskpane", pinningProblems(inner));
  check("WebApplicationInfo (SSO)", webApplicationInfoProblems(inner, taskpaneOrigin));
  return report;
}

function orderProblems(
  parent: XmlElement,
  order: string[],
  required: string[],
  label: string
): string[] {
  const problems: string[] = [];
  const names = parent.children.map(localName);
  for (const name of required)
    if (!names.includes(name)) problems.push(`${label}: <${name}> is required but missing`);
  let last = -1;
  for (const name of names) {
    const position = order.indexOf(name);
    if (position === -1) problems.push(`${label}: <${name}> is not allowed here`);
    else if (position < last)
      problems.push(`${label}: <${name}> is out of order (expected order: ${order.join(", ")})`);
    else last = position;
  }
  return problems;
}

function identityProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const id = firstChild(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = firstChild(root, "Version")?.text ?? "";
  if (!VERSION.test(version)) problems.push(`Version "${version}" must look like 1.0.0.0`);
  const permissions = firstChild(root, "Permissions")?.text ?? "";
  if (!PERMISSIONS.includes(permissions))
    problems.push(`Permissions "${permissions}" must be one of ${PERMISSIONS.join(", ")}`);
  const hosts = childrenNamed(firstChild(root, "Hosts") ?? root, "Host").map(
    (host) => host.attributes.Name
  );
  if (!hosts.includes("Mailbox"))
    problems.push(
      `Hosts must contain <Host Name="Mailbox"/> (found: ${hosts.join(", ") || "none"})`
    );
  const minimum = childrenNamed(
    firstChild(firstChild(root, "Requirements") ?? root, "Sets") ?? root,
    "Set"
  ).find((set) => set.attributes.Name?.toLowerCase() === "mailbox");
  if (!minimum) problems.push("Requirements must name the minimum Mailbox requirement set");
  return problems;
}

/** Attributes and elements that hold URLs in an Outlook manifest. */
function* urls(root: XmlElement): Generator<[string, string]> {
  const urlElements = [
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "SourceLocation",
    "Image",
    "Url",
  ];
  for (const element of descendants(root)) {
    const name = localName(element);
    if (urlElements.includes(name)) {
      for (const value of [
        element.attributes.DefaultValue,
        ...childrenNamed(element, "Override").map((o) => o.attributes.Value),
      ]) {
        if (value !== undefined) yield [name, value];
      }
    }
    if (name === "AppDomain") yield [name, element.text];
  }
}

function urlProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const [name, value] of urls(root)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`<${name}> "${value}" is not a valid URL`);
      continue;
    }
    if (url.protocol !== "https:") problems.push(`<${name}> "${value}" must use https`);
  }
  return problems;
}

function localeProblems(root: XmlElement, locales: string[]): string[] {
  const problems: string[] = [];
  const missing = (element: XmlElement) =>
    locales.filter(
      (locale) =>
        !childrenNamed(element, "Override").some(
          (override) => override.attributes.Locale === locale
        )
    );
  for (const name of ["DisplayName", "Description"]) {
    const element = firstChild(root, name);
    if (element)
      for (const locale of missing(element))
        problems.push(
          `<${name}> has no ${locale} translation (<Override Locale="${locale}" Value="…"/>)`
        );
  }
  for (const element of descendants(root)) {
    const table = localName(element);
    if (table !== "ShortStrings" && table !== "LongStrings") continue;
    for (const string of childrenNamed(element, "String")) {
      for (const locale of missing(string)) {
        problems.push(
          `string "${string.attributes.id}" (${table}) has no ${locale} translation (<bt:Override Locale="${locale}" Value="…"/>)`
        );
      }
    }
  }
  return problems;
}

function originOf(value: string | undefined): string | null {
  try {
    return value ? new URL(value).origin : null;
  } catch {
    return null;
  }
}

function iconProblems(
  root: XmlElement,
  ownOrigin: string | null,
  assetDirectory: string
): string[] {
  const problems: string[] = [];
  const icons: [string, string, number][] = [];
  const iconUrl = firstChild(root, "IconUrl")?.attributes.DefaultValue;
  const highResolution = firstChild(root, "HighResolutionIconUrl")?.attributes.DefaultValue;
  if (iconUrl) icons.push(["IconUrl", iconUrl, 64]);
  if (highResolution) icons.push(["HighResolutionIconUrl", highResolution, 128]);
  const declaredSizes = new Map<string, number>();
  for (const element of descendants(root)) {
    if (localName(element) === "Image" && element.attributes.resid && element.attributes.size) {
      declaredSizes.set(element.attributes.resid, Number(element.attributes.size));
    }
  }
  for (const element of descendants(root)) {
    if (
      localName(element) === "Image" &&
      element.attributes.id &&
      element.attributes.DefaultValue
    ) {
      const size = declaredSizes.get(element.attributes.id);
      if (size !== undefined)
        icons.push([`image "${element.attributes.id}"`, element.attributes.DefaultValue, size]);
    }
  }
  for (const [label, value, size] of icons) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      continue; // reported by the URL check
    }
    if (!url.pathname.toLowerCase().endsWith(".png"))
      problems.push(`${label} ${value} must be a .png file`);
    if (url.origin !== ownOrigin || !url.pathname.startsWith("/assets/")) {
      problems.push(
        `${label} ${value} is not served by MailBridge (expected ${ownOrigin ?? "the taskpane's origin"}/assets/…)`
      );
      continue;
    }
    const file = path.join(
      assetDirectory,
      decodeURIComponent(url.pathname.slice("/assets/".length))
    );
    if (!file.startsWith(assetDirectory + path.sep) || !existsSync(file)) {
      problems.push(
        `${label} ${value} is broken: there is no file ${path.relative(process.cwd(), file)}`
      );
      continue;
    }
    const dimensions = pngSize(readFileSync(file));
    if (!dimensions) problems.push(`${label} ${value} is not a PNG image`);
    else if (dimensions.width !== size || dimensions.height !== size) {
      problems.push(
        `${label} ${value} is ${dimensions.width}×${dimensions.height}, expected ${size}×${size}`
      );
    }
  }
  return problems;
}

function versionOverridesProblems(outer: XmlElement, inner: XmlElement | undefined): string[] {
  const problems: string[] = [];
  if (outer.attributes["xsi:type"] !== "VersionOverridesV1_0")
    problems.push('the outer VersionOverrides must be xsi:type="VersionOverridesV1_0"');
  if (!inner) problems.push("a nested VersionOverridesV1_1 is required (pinning and SSO need it)");
  else if (inner.attributes["xsi:type"] !== "VersionOverridesV1_1")
    problems.push('the nested VersionOverrides must be xsi:type="VersionOverridesV1_1"');
  problems.push(
    ...orderProblems(outer, VERSION_OVERRIDES_ORDER, ["Hosts", "Resources"], "VersionOverridesV1_0")
  );
  if (inner)
    problems.push(
      ...orderProblems(
        inner,
        VERSION_OVERRIDES_ORDER,
        ["Hosts", "Resources"],
        "VersionOverridesV1_1"
      )
    );
  return problems;
}

function resourceProblems(overrides: XmlElement, label: string): string[] {
  const problems: string[] = [];
  const resources = firstChild(overrides, "Resources");
  const defined = new Map<string, string>();
  for (const table of resources?.children ?? []) {
    for (const entry of table.children) {
      const id = entry.attributes.id ?? "";
      if (id.length === 0 || id.length > 32)
        problems.push(`${label}: resource id "${id}" must be 1 to 32 characters`);
      if (defined.has(id)) problems.push(`${label}: resource id "${id}" is defined twice`);
      defined.set(id, localName(table));
      const limit = STRING_LIMITS[localName(table)];
      const values = [
        entry.attributes.DefaultValue ?? "",
        ...childrenNamed(entry, "Override").map((o) => o.attributes.Value ?? ""),
      ];
      if (limit !== undefined) {
        for (const value of values)
          if (value.length > limit)
            problems.push(`${label}: string "${id}" is longer than ${limit} characters`);
      }
    }
  }
  const hosts = firstChild(overrides, "Hosts");
  for (const element of hosts ? descendants(hosts) : []) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const expected = RESID_TABLES[localName(element)];
    const actual = defined.get(resid);
    if (!actual)
      problems.push(
        `${label}: <${element.name} resid="${resid}"> refers to a resource that does not exist`
      );
    else if (expected && actual !== expected)
      problems.push(
        `${label}: <${element.name} resid="${resid}"> must refer to ${expected}, not ${actual}`
      );
  }
  return problems;
}

function pinningProblems(inner: XmlElement): string[] {
  const surfaces = [...descendants(inner)].filter(
    (element) =>
      localName(element) === "ExtensionPoint" &&
      element.attributes["xsi:type"] === "MessageReadCommandSurface"
  );
  if (surfaces.length === 0)
    return ["VersionOverridesV1_1 has no MessageReadCommandSurface extension point"];
  const actions = surfaces
    .flatMap((surface) => [...descendants(surface)])
    .filter(
      (element) =>
        localName(element) === "Action" && element.attributes["xsi:type"] === "ShowTaskpane"
    );
  if (actions.length === 0) return ["the message-read surface has no ShowTaskpane button"];
  return actions.every((action) => firstChild(action, "SupportsPinning")?.text === "true")
    ? []
    : [
        "every ShowTaskpane action in VersionOverridesV1_1 should declare <SupportsPinning>true</SupportsPinning>",
      ];
}

function webApplicationInfoProblems(
  inner: XmlElement | undefined,
  taskpaneOrigin: string | null
): string[] {
  const info = inner ? firstChild(inner, "WebApplicationInfo") : undefined;
  if (!info)
    return ["WebApplicationInfo is missing from VersionOverridesV1_1 (needed for single sign-on)"];
  const problems: string[] = [];
  const id = firstChild(info, "Id")?.text ?? "";
  const resource = firstChild(info, "Resource")?.text ?? "";
  if (!GUID.test(id))
    problems.push(`WebApplicationInfo Id "${id}" must be the Azure app (client) id GUID`);
  const host = taskpaneOrigin ? new URL(taskpaneOrigin).host : null;
  if (host && resource !== `api://${host}/${id}`)
    problems.push(`WebApplicationInfo Resource "${resource}" must be api://${host}/${id}`);
  const scopes = childrenNamed(firstChild(info, "Scopes") ?? info, "Scope").map(
    (scope) => scope.text
  );
  if (scopes.length === 0)
    problems.push("WebApplicationInfo must list the Graph scopes the add-in needs");
  return problems;
}
