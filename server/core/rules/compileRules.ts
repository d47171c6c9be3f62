// One rule model, one compiler per target.
import type { Locale } from "@contracts/locales.js";
import { DEFAULT_FOLDER_NAMES } from "@contracts/wellKnownFolders.js";
import { TARGETS, type CompileResponse, type Rule, type Target } from "@contracts/rules.js";
import { CompileContext, recipientsWithAccount, type TargetCompiler } from "./compileContext.js";
import { graphCompiler } from "./compilers/graph.js";
import { exchangePowershellCompiler } from "./compilers/exchangePowershell.js";
import { outlookClassicCompiler } from "./compilers/outlookClassic.js";
import { thunderbirdCompiler } from "./compilers/thunderbird.js";
import { sieveCompiler } from "./compilers/sieve.js";
import { gmailCompiler } from "./compilers/gmail.js";

export const COMPILERS: Record<Target, TargetCompiler> = {
  graph: graphCompiler,
  "exchange-powershell": exchangePowershellCompiler,
  "outlook-classic": outlookClassicCompiler,
  thunderbird: thunderbirdCompiler,
  sieve: sieveCompiler,
  gmail: gmailCompiler,
};

/** Forwarding outside the user's own accounts is how mailboxes get emptied: always say so. */
function forwardingWarnings(rules: Rule[], ownAddresses: string[], locale: Locale) {
  // The user's own accounts: those given, plus every address the rules say mail arrives at.
  const own = new Set(
    [...ownAddresses, ...rules.flatMap((rule) => recipientsWithAccount(rule.conditions ?? {}))].map(
      (address) => address.toLowerCase()
    )
  );
  return rules.flatMap((rule) =>
    (rule.actions.forwardTo ?? [])
      .filter((address) => !own.has(address.toLowerCase()))
      .map((address) => ({
        rule: rule.name,
        kind: "note" as const,
        field: "actions.forwardTo",
        message:
          locale === "fr"
            ? `Cette règle transfère du courrier à ${address}, qui n’est pas un de vos comptes. Vérifiez que c’est voulu\u00a0: c’est ainsi que des boîtes sont vidées par des intrus.`
            : `This rule forwards mail to ${address}, which is not one of your accounts. Make sure you mean it: this is how intruders empty mailboxes.`,
      }))
  );
}

export function compileRules(
  rules: Rule[],
  options: { targets?: Target[]; locale: Locale; ownAddresses?: string[]; inboxName?: string }
): CompileResponse {
  const targets = options.targets ?? [...TARGETS];
  const ownAddresses = options.ownAddresses ?? [];
  const response: CompileResponse = { artifacts: [], warnings: [] };
  for (const target of targets) {
    const compiler = COMPILERS[target];
    const context = new CompileContext(
      target,
      options.locale,
      ownAddresses,
      options.inboxName ?? DEFAULT_FOLDER_NAMES[options.locale].inbox
    );
    const content = compiler.compile(rules, context);
    response.artifacts.push({
      target,
      filename: compiler.filename,
      mediaType: compiler.mediaType,
      content,
    });
    response.warnings.push(...context.warnings);
  }
  // Whichever format the user loads, the forwarding is in it: the warning goes with every target.
  const forwarding = forwardingWarnings(rules, ownAddresses, options.locale);
  response.warnings.push(
    ...targets.flatMap((target) => forwarding.map((warning) => ({ ...warning, target })))
  );
  return response;
}
