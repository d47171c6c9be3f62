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
}

/** One inbox for several accounts: pick accounts and a strategy, edit prefilled rules, get every format. */
export function UnifyView({ mainAddress, serviceMode }: UnifyViewProps) {
  const { t, i18n } = useTranslation("unify");
  const styles = useStyles();
  const [accounts, setAccounts] = useState<UnifyAccount[]>(
    mainAddress ? [{ email: mainAddress, providerName: null }] : []
  );
  const [draft, setDraft] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [strategy, setStrategy] = useState<Strategy>("server");
  const [edits, setEdits] = useState<ReadonlyMap<string, Rule>>(new Map());
  const [compiled, setCompiled] = useState<CompileResponse | null>(null);
  const [compileError, setCompileError] = useState<string | null>(null);

  // Rules are prefilled from the accounts and strategy; what the user edits is kept per account.
  const rules = useMemo(
    () => rulesWithEdits(accounts, strategy, edits),
    [accounts, strategy, edits]
  );
  const editRule = (index: number, next: Rule) =>
    setEdits(new Map(edits).set(editKey(strategy, accounts[index + 1]!.email), next));
  const targets = TARGETS_BY_STRATEGY[strategy];
  useEffect(() => {
    if (rules.length === 0) {
      setCompiled(null);
      return;
    }
    compileRules({
      rules,
      targets,
      locale: pickLocale(i18n.language),
      accounts: accounts.map((account) => account.email),
    }).then(
      (result) => {
        setCompiled(result);
        setCompileError(null);
      },
      (error: Error) => setCompileError(error.message)
    );
  }, [rules, targets, i18n.language, accounts]);

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
      setAddError((error as Error).message);
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
            className={styles.row}
            onSubmit={(event) => {
              event.preventDefault();
              void addAccount();
            }}
          >
            <Field
              label={t("addAccount")}
              validationMessage={addError ?? undefined}
              validationState={addError ? "error" : "none"}
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
            />
          ))}
          {compileError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{compileError}</MessageBarBody>
            </MessageBar>
          )}
          {compiled && <ArtifactPreview compiled={compiled} />}
          {strategy === "server" && <ApplyPanel rules={rules} serviceMode={serviceMode} />}
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
