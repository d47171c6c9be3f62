import type { OnReadyInfo } from "../../addin/src/office/officeGlobal.js";

// A hand-made Office.js double, injected into the page before any script runs (or handed to the
// snapshot module in unit tests). It reproduces what Outlook exposes, per host.
export interface OfficeDoubleOptions {
  host?: string;
  platform: string;
  hostVersion: string;
  emailAddress: string;
  displayName: string;
  accountType?: string;
  displayLanguage: string;
  /** Highest Mailbox requirement set minor version supported, e.g. 13 for 1.13. */
  maxMailboxMinor: number;
  /** Whether the host reports the NestedAppAuth 1.1 requirement set (default false). */
  nestedAppAuth?: boolean;
  /** The Office error code Office.auth.getAccessToken fails with (default 13012, not supported here). */
  officeSsoErrorCode?: number;
}

export const CLASSIC_WINDOWS_OUTLOOK_COM: OfficeDoubleOptions = {
  platform: "PC",
  hostVersion: "16.0.17928.20114",
  emailAddress: "marie.dupont@hotmail.fr",
  displayName: "Marie Dupont",
  accountType: "outlookCom",
  displayLanguage: "fr-FR",
  maxMailboxMinor: 14,
};

// Plain JavaScript source, so the very same double runs in Node (unit tests) and in the page (browser
// tests); a TypeScript function's toString() would carry the transpiler's helpers into the page.
const FACTORY_SOURCE = `(options) => { const office = {
  onReady: () => Promise.resolve({ host: options.host ?? "Outlook", platform: options.platform }),
  // What the add-in asked of the host, for tests to read.
  calls: { getAccessToken: 0, dialogs: [] },
  // Office's enums, as Office.js defines them at run time.
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  auth: {
    getAccessToken() {
      office.calls.getAccessToken += 1;
      return Promise.reject({ code: options.officeSsoErrorCode ?? 13012, name: "API Not Supported" });
    },
  },
  context: {
    // The dialog API: the page opens in a real browser window; messageParent reaches the opener over
    // a BroadcastChannel (same origin), as Outlook relays it, whatever the window went through.
    ui: {
      displayDialogAsync(url, dialogOptions, callback) {
        office.calls.dialogs.push(url);
        const channel = new BroadcastChannel("office-double-dialog");
        const opened = window.open(url, "_blank", "popup");
        if (!opened) return setTimeout(() => callback({ status: "failed", error: { code: 12011 } }), 0);
        const handlers = {};
        channel.onmessage = (event) => handlers.dialogMessageReceived && handlers.dialogMessageReceived({ type: "dialogMessageReceived", message: event.data, origin: location.origin });
        const dialog = { addEventHandler: (type, handler) => { handlers[type] = handler; }, close: () => { channel.close(); opened.close(); } };
        setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
      },
      messageParent(message) {
        const channel = new BroadcastChannel("office-double-dialog");
        channel.postMessage(message);
        channel.close();
      },
    },
    displayLanguage: options.displayLanguage,
    diagnostics: { host: "Outlook", platform: options.platform, version: options.hostVersion },
    mailbox: {
      diagnostics: { hostName: "Outlook", hostVersion: options.hostVersion },
      userProfile: Object.assign(
        { emailAddress: options.emailAddress, displayName: options.displayName },
        options.accountType ? { accountType: options.accountType } : {},
      ),
    },
    requirements: {
      isSetSupported(name, version = "1.0") {
        const minor = Number(version.split(".")[1] ?? 0);
        if (name.toLowerCase() === "nestedappauth") return Boolean(options.nestedAppAuth) && minor <= 1;
        return name.toLowerCase() === "mailbox" && minor <= options.maxMailboxMinor;
      },
    },
    // Roaming settings live in the mailbox: the double keeps them in a Map, persisted to the page's
    // localStorage under its own key when there is one, so a reload sees what saveAsync saved.
    roamingSettings: (() => {
      const KEY = "office-double:roamingSettings";
      const persisted = typeof localStorage === "undefined" ? null : localStorage;
      const values = new Map(Object.entries(JSON.parse((persisted && persisted.getItem(KEY)) || "{}")));
      let pending = new Map(values);
      return {
        get: (name) => pending.get(name),
        set: (name, value) => { pending.set(name, value); },
        saveAsync: (callback) => {
          for (const [name, value] of pending) values.set(name, value);
          if (persisted) persisted.setItem(KEY, JSON.stringify(Object.fromEntries(values)));
          setTimeout(() => callback && callback({ status: "succeeded" }), 0);
        },
      };
    })(),
  },
}; return office; }`;

/** The double as Office.js's own types describe it (its values are Office's, as strings at run time). */
export interface OfficeDouble {
  onReady(): Promise<OnReadyInfo>;
  context: {
    displayLanguage: string;
    diagnostics: Pick<Office.ContextInformation, "host" | "platform" | "version">;
    mailbox: {
      diagnostics: Pick<Office.Diagnostics, "hostName" | "hostVersion">;
      userProfile: Pick<Office.UserProfile, "emailAddress" | "displayName"> & {
        accountType?: string;
      };
    };
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
    roamingSettings: Pick<Office.RoamingSettings, "get" | "set" | "saveAsync">;
  };
}

/** Builds the double; `maxMailboxMinor` drives isSetSupported like a real host. */
export function createOfficeDouble(options: OfficeDoubleOptions): OfficeDouble {
  return (new Function(`return ${FACTORY_SOURCE}`)() as (o: OfficeDoubleOptions) => OfficeDouble)(
    options
  );
}

// The host's side of nested app authentication: msal-browser posts JSON envelopes to
// window.nestedAppAuthBridge; the double relays them to the host broker (test/helpers/hostBroker.ts).
const NESTED_APP_AUTH_BRIDGE = `(() => {
  const listeners = [];
  window.nestedAppAuthBridge = {
    addEventListener: (type, listener) => { if (type === "message") listeners.push(listener); },
    removeEventListener: (type, listener) => { const at = listeners.indexOf(listener); if (at >= 0) listeners.splice(at, 1); },
    postMessage: (message) => window.__officeHostBroker(message).then((answer) => listeners.forEach((listener) => listener(answer))),
  };
})();`;

/** Source of an init script that installs the double as window.Office in a browser page. */
export function officeDoubleScript(options: OfficeDoubleOptions): string {
  return `window.Office = (${FACTORY_SOURCE})(${JSON.stringify(options)});${options.nestedAppAuth ? NESTED_APP_AUTH_BRIDGE : ""}`;
}
