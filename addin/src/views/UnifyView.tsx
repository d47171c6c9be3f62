import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Badge,
  Body1,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { pickLocale } from "@contracts/locales.js";
import type { CompileResponse, Rule } from "@contracts/rules.js";
import { compileRules, lookupProvider } from "../api/client.js";
import {
  editKey,
  rulesWithEdits,
  TARGETS_BY_STRATEGY,
  type Strategy,
  type UnifyAccount,
} from "../unify/prefill.js";
import { RuleEditor } from "./RuleEditor.js";
import { ErrorBar } from "./ErrorBar.js";
import { describeError, problemsByField } from "../errors/describeError.js";
import { hasProblems, ruleProblems, type RuleProblem } from "../unify/ruleProblems.js";
import type { FolderNames } from "@contracts/wellKnownFolders.js";
import { ArtifactPreview } from "./ArtifactPreview.js";
import { ApplyPanel } from "./ApplyPanel.js";
import { SettingsCard } from "./SettingsCard.js";
import { ImapTestPanel } from "./ImapTestPanel.js";
import type { ProviderLookup } from "@contracts/providers.js";

const STRATEGIES: Strategy[] = ["server", "client", "thirdParty"];

const useStyles = makeStyles({
  view: { display: "grid", gap: tokens.spacingVerticalM },
  stack: { display: "grid", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  account: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

interface UnifyViewProps {
  mainAddress: string | null;
  serviceMode: "demo" | "live";
  /** The mailbox's names of its well-known folders: rules show "Boîte de réception/Gmail" to a French mailbox. */
  folderNames: FolderNames;
}

/** One inbox for several accounts: pick accounts and a strategy, edit prefilled rules, get every format. */
export function UnifyView({ mainAddress, serviceMode, folderNames }: UnifyViewProps) {
  const { t, i18n } = useTranslation("unify");
  const { t: errorT } = useTranslation("errors");
  const styles = useStyles();
  const [accounts, setAccounts] = useState<UnifyAccount[]>(
    mainAddress ? [{ email: mainAddress, providerName: null }] : []
  );
  const [draft, setDraft] = useState("");
  const [addError, setAddError] = useState<unknown>(null);
  const [strategy, setStrategy] = useState<Strategy>("server");
  const [edits, setEdits] = useState<ReadonlyMap<string, Rule>>(new Map());
  // The last compiled files, with the rules they were compiled from: shown greyed (never to be
  // copied, downloaded or applied) while the rules on screen differ from them.
  const [compiled, setCompiled] = useState<{ rules: Rule[]; response: CompileResponse } | null>(
    null
  );
  const [compileError, setCompileError] = useState<unknown>(null);

  // Rules are prefilled from the accounts and strategy; what the user edits is kept per account.
  const rules = useMemo(
    () => rulesWithEdits(accounts, strategy, edits),
    [accounts, strategy, edits]
  );
  const editRule = (index: number, next: Rule) =>
    setEdits(new Map(edits).set(editKey(strategy, accounts[index + 1]!.email), next));
  const targets = TARGETS_BY_STRATEGY[strategy];
  const localProblems = useMemo(() => rules.map(ruleProblems), [rules]);
  const rulesValid = localProblems.every((problems) => !hasProblems(problems));
  useEffect(() => {
    if (rules.length === 0) {
      setCompiled(null);
      return;
    }
    // A rule the user could not mean is not compiled: what is shown stays greyed until it is fixed.
    if (!rulesValid) return;
    let current = true;
    compileRules({
      rules,
      targets,
      locale: pickLocale(i18n.language),
      accounts: accounts.map((account) => account.email),
      inboxName: folderNames.inbox,
    }).then(
      (response) => {
        if (!current) return;
        setCompiled({ rules, response });
        setCompileError(null);
      },
      (error: unknown) => current && setCompileError(error)
    );
    return () => {
      current = false;
    };
  }, [rules, rulesValid, targets, i18n.language, accounts, folderNames.inbox]);
  const stale = !compiled || compiled.rules !== rules || compileError !== null;
  // The service's objections, by rule and field ("name", "actions.moveToFolder").
  const serverProblems = problemsByField(compileError, errorT);
  const problemsOf = (index: number) => {
    const prefix = `rules.${index}.`;
    const fromService = new Map(
      [...serverProblems]
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, text]) => [path.slice(prefix.length), text])
    );
    const local = localProblems[index] ?? {};
    const word = (problem: RuleProblem | undefined) =>
      problem ? t(`problems.${problem}`) : undefined;
    return {
      name: word(local.name) ?? fromService.get("name"),
      conditions:
        word(local.conditions) ??
        [...fromService].find(([path]) => path.startsWith("conditions"))?.[1],
      folder:
        word(local.folder) ??
        [...fromService].find(([path]) => path.startsWith("actions.moveToFolder"))?.[1],
      category: [...fromService].find(([path]) => path.startsWith("actions.assignCategories"))?.[1],
    };
  };

  const addAccount = async () => {
    const email = draft.trim();
    if (!email) return;
    try {
      const found = await lookupProvider(email);
      // The answer may come after the user typed the next address: update from the latest state.
      setAccounts((current) =>
        current.some((account) => account.email.toLowerCase() === found.email.toLowerCase())
          ? current
          : [...current, { email: found.email, providerName: found.provider.name }]
      );
      setDraft((current) => (current.trim() === email ? "" : current));
      setAddError(null);
    } catch (error) {
      setAddError(error);
    }
  };

  const providerNames = useMemo(
    () => accounts.map((account) => account.providerName ?? ""),
    [accounts]
  );
  // Settings cards need each account's full provider lookup; fetch the ones we do not have yet.
  const [lookups, setLookups] = useState<Record<string, ProviderLookup>>({});
  useEffect(() => {
    for (const account of accounts) {
      if (lookups[account.email]) continue;
      lookupProvider(account.email).then(
        (found) => setLookups((known) => ({ ...known, [account.email]: found })),
        () => undefined
      );
    }
  }, [accounts, lookups]);

  return (
    <div className={styles.view} data-testid="unify-view">
      <Card>
        <Subtitle2 as="h2">{t("heading")}</Subtitle2>
        <Body1>{t("intro")}</Body1>
        <div className={styles.stack}>
          {accounts.map((account, index) => (
            <div key={account.email} className={styles.account} data-testid="unify-account">
              <Badge appearance={index === 0 ? "filled" : "tint"}>
                {index === 0 ? t("main") : providerNames[index] || t("other")}
              </Badge>
              <span>{account.email}</span>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setAccounts(accounts.filter((other) => other !== account))}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
          <form
            // The browser's own checks speak its language, not the user's: ours are shown instead.
            noValidate
            className={styles.row}
            onSubmit={(event) => {
              event.preventDefault();
              void addAccount();
            }}
          >
            <Field
              label={t("addAccount")}
              validationMessage={
                addError === null
                  ? undefined
                  : (problemsByField(addError, errorT).get("email") ??
                    describeError(addError, errorT, i18n.language))
              }
              validationState={addError === null ? "none" : "error"}
            >
              <Input
                type="email"
                value={draft}
                onChange={(_, data) => setDraft(data.value)}
                data-testid="unify-new-account"
              />
            </Field>
            <Button type="submit">{t("add")}</Button>
          </form>
        </div>
        <Field label={t("strategy")}>
          <RadioGroup value={strategy} onChange={(_, data) => setStrategy(data.value as Strategy)}>
            {STRATEGIES.map((option) => (
              <Radio key={option} value={option} label={t(`strategies.${option}`)} />
            ))}
          </RadioGroup>
        </Field>
      </Card>
      {strategy === "thirdParty" && <ImapTestPanel serviceMode={serviceMode} />}
      {accounts.length < 2 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("needTwo")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {rules.map((rule, index) => (
            <RuleEditor
              key={accounts[index + 1]!.email}
              rule={rule}
              onChange={(next) => editRule(index, next)}
              problems={problemsOf(index)}
              folderNames={folderNames}
            />
          ))}
          {compileError !== null && serverProblems.size === 0 && <ErrorBar error={compileError} />}
          {stale && compiled && (
            <MessageBar intent="warning" layout="multiline" data-testid="unify-stale">
              <MessageBarBody>{t("stale")}</MessageBarBody>
            </MessageBar>
          )}
          {compiled && <ArtifactPreview compiled={compiled.response} disabled={stale} />}
          {strategy === "server" && (
            <ApplyPanel
              rules={rules}
              serviceMode={serviceMode}
              disabled={stale}
              folderNames={folderNames}
            />
          )}
          {strategy === "thirdParty" &&
            accounts.map(
              (account) =>
                lookups[account.email] && (
                  <SettingsCard key={account.email} lookup={lookups[account.email]!} />
                )
            )}
        </>
      )}
    </div>
  );
}
