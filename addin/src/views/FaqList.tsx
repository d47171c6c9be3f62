import { useState } from "react";
import { useTranslation } from "react-i18next";
import type faqResources from "../i18n/locales/en/faq.json";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Card,
  SearchBox,
  Subtitle2,
} from "@fluentui/react-components";
type FaqId = keyof (typeof faqResources)["items"];

/** Lower-case, accents removed: "Réponse" matches "reponse". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** The reference guide's FAQ and more, filtered as the user types (every word must match). */
export function FaqList() {
  const { t } = useTranslation("faq");
  const [query, setQuery] = useState("");
  const ids = Object.keys(t("items", { returnObjects: true })) as FaqId[];
  const words = fold(query).split(/\s+/).filter(Boolean);
  const items = ids
    .map((id) => ({ id, q: t(`items.${id}.q`), a: t(`items.${id}.a`) }))
    .filter((item) => {
      const haystack = fold(`${item.q} ${item.a}`);
      return words.every((word) => haystack.includes(word));
    });
  return (
    <Card data-testid="faq">
      <Subtitle2 as="h2">{t("heading")}</Subtitle2>
      <SearchBox
        placeholder={t("search")}
        aria-label={t("search")}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {items.length === 0 ? (
        <Body1>{t("noMatch")}</Body1>
      ) : (
        <Accordion collapsible multiple>
          {items.map((item) => (
            <AccordionItem key={item.id} value={item.id} data-testid={`faq-${item.id}`}>
              <AccordionHeader>{item.q}</AccordionHeader>
              <AccordionPanel>
                <Body1>{item.a}</Body1>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </Card>
  );
}
