// The taskpane's English texts, one JSON file per area. Loaded as one chunk when the language is first used.
import common from "./common.json" with { type: "json" };
import signIn from "./signIn.json" with { type: "json" };
import diagnose from "./diagnose.json" with { type: "json" };
import mailbox from "./mailbox.json" with { type: "json" };
import repair from "./repair.json" with { type: "json" };
import faq from "./faq.json" with { type: "json" };
import unify from "./unify.json" with { type: "json" };
import settings from "./settings.json" with { type: "json" };
import migrate from "./migrate.json" with { type: "json" };
import monitor from "./monitor.json" with { type: "json" };
import account from "./account.json" with { type: "json" };
import errors from "./errors.json" with { type: "json" };
import pstImport from "./import.json" with { type: "json" };

export const resources = {
  common,
  signIn,
  diagnose,
  mailbox,
  repair,
  faq,
  unify,
  settings,
  migrate,
  monitor,
  account,
  errors,
  import: pstImport,
};
