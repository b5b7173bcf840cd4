import { ledgerCalls } from "@sdk/ledger-calls.ts";
import type { UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";

import { useCities, useOffers, useOpportunities } from "../data/hooks.ts";
import { type Metadata, localized } from "../data/metadata.ts";
import type { Offer, Opportunity, Organization } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { QueryState } from "../ui/States.tsx";
import { type OfferDraft, type OpportunityDraft, type TextDraft, toLocalInput } from "./listing-form.ts";
import { OfferForm, OpportunityForm } from "./ListingForms.tsx";
import { useSafeProposer } from "./useSafeProposer.ts";
import { ProposalOutcome } from "./ProposalOutcome.tsx";

const DAY = 86_400;

/** One text in one language from metadata that is either per language or a plain string. */
function textIn(text: unknown, lang: "en" | "es", itemLanguage: string | undefined): string {
  if (typeof text === "string") return (itemLanguage ?? "en").startsWith(lang) ? text : "";
  if (text && typeof text === "object") {
    const value = (text as Record<string, unknown>)[lang];
    return typeof value === "string" ? value : "";
  }
  return "";
}

function textsOf(meta: Metadata, start: number, end: number): TextDraft {
  return {
    titleEn: textIn(meta.title, "en", meta.language),
    titleEs: textIn(meta.title, "es", meta.language),
    descriptionEn: textIn(meta.description, "en", meta.language),
    descriptionEs: textIn(meta.description, "es", meta.language),
    category: meta.category ?? "",
    place: meta.place ?? "",
    start: toLocalInput(start),
    end: toLocalInput(end),
  };
}

function blankTexts(): TextDraft {
  const now = Math.floor(Date.now() / 1000);
  return textsOf({}, now, now + 30 * DAY);
}

type Editing = { kind: "opportunity"; item?: Opportunity } | { kind: "offer"; item?: Offer } | undefined;

/** The organization's opportunities and offers: publish, edit and close them through its Safe. */
export function Listings({ org, owner }: { org: Organization; owner: Address }) {
  const { t, formatNumber, formatDate } = useI18n();
  const opportunities = useOpportunities(org.id);
  const offers = useOffers(org.id);
  const cities = useCities();
  const { propose, error, done, busy, ledger } = useSafeProposer(org.account, owner);
  const [editing, setEditing] = useState<Editing>();
  // English titles name proposals, so every owner recognizes them whatever their language.
  const englishTitle = (metadata: string) =>
    (JSON.parse(metadata) as { title: Record<string, string> }).title.en ?? "";

  async function submitOpportunity(value: Parameters<Parameters<typeof OpportunityForm>[0]["onSubmit"]>[0]) {
    const item = editing?.kind === "opportunity" ? editing.item : undefined;
    const ok = await propose(() =>
      item
        ? {
            ...ledgerCalls.updateOpportunity(ledger, item.id, value),
            title: t("listing.updateOpportunityTitle", { id: item.id, title: englishTitle(value.metadata) }),
          }
        : {
            ...ledgerCalls.publishOpportunity(ledger, org.id, value),
            title: t("listing.publishOpportunityTitle", { title: englishTitle(value.metadata) }),
          },
    );
    if (ok) setEditing(undefined);
  }

  async function submitOffer(value: Parameters<Parameters<typeof OfferForm>[0]["onSubmit"]>[0]) {
    const item = editing?.kind === "offer" ? editing.item : undefined;
    const ok = await propose(() =>
      item
        ? {
            ...ledgerCalls.updateOffer(ledger, item.id, value),
            title: t("listing.updateOfferTitle", { id: item.id, title: englishTitle(value.metadata) }),
          }
        : {
            ...ledgerCalls.publishOffer(ledger, org.id, value),
            title: t("listing.publishOfferTitle", { title: englishTitle(value.metadata) }),
          },
    );
    if (ok) setEditing(undefined);
  }

  const period = (start: number, end: number) =>
    t("listing.window", { start: formatDate(start * 1000), end: formatDate(end * 1000) });

  return (
    <section aria-labelledby="listings-title" className="card">
      <h3 id="listings-title">{t("listing.title")}</h3>
      <p className="muted">{t("listing.lead")}</p>

      <h4 id="my-opportunities">{t("listing.opportunities")}</h4>
      <ListingList
        query={opportunities}
        orgId={org.id}
        labelledBy="my-opportunities"
        empty={t("listing.noOpportunities")}
        testId="my-opportunity"
        busy={busy}
        detail={(o) =>
          `${t("listing.usedOfCapacity", { used: formatNumber(o.used), capacity: formatNumber(o.capacity) })} · ${period(o.start, o.end)}`
        }
        onEdit={(o) => setEditing({ kind: "opportunity", item: o })}
        onClose={(o) =>
          void propose(() => ({
            ...ledgerCalls.closeOpportunity(ledger, o.id),
            title: t("listing.closeOpportunityTitle", { id: o.id, title: localized(o.meta.title, "en") }),
          }))
        }
      />
      {editing?.kind === "opportunity" ? (
        <OpportunityForm
          key={editing.item?.id ?? "new"}
          initial={
            editing.item
              ? {
                  ...textsOf(editing.item.meta, editing.item.start, editing.item.end),
                  unit: editing.item.meta.unit ?? "",
                  creditsPerUnit: String(editing.item.creditsPerUnit),
                  capacity: editing.item.capacity.toString(),
                }
              : ({ ...blankTexts(), unit: "hour", creditsPerUnit: "10", capacity: "100" } as OpportunityDraft)
          }
          {...(editing.item
            ? {
                editing: {
                  id: editing.item.id,
                  used: editing.item.used,
                  creditsPerUnit: editing.item.creditsPerUnit,
                },
              }
            : {})}
          busy={busy}
          onSubmit={(v) => void submitOpportunity(v)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => setEditing({ kind: "opportunity" })}
        >
          {t("listing.newOpportunity")}
        </button>
      )}

      <h4 id="my-offers">{t("listing.offers")}</h4>
      <ListingList
        query={offers}
        orgId={org.id}
        labelledBy="my-offers"
        empty={t("listing.noOffers")}
        testId="my-offer"
        busy={busy}
        detail={(o) =>
          `${t("listing.priceStock", { price: formatNumber(o.price), stock: formatNumber(o.stock), sold: formatNumber(o.sold) })} · ${period(o.start, o.end)}`
        }
        onEdit={(o) => setEditing({ kind: "offer", item: o })}
        onClose={(o) =>
          void propose(() => ({
            ...ledgerCalls.closeOffer(ledger, o.id),
            title: t("listing.closeOfferTitle", { id: o.id, title: localized(o.meta.title, "en") }),
          }))
        }
      />
      {editing?.kind === "offer" ? (
        <OfferForm
          key={editing.item?.id ?? "new"}
          initial={
            editing.item
              ? {
                  ...textsOf(editing.item.meta, editing.item.start, editing.item.end),
                  price: editing.item.price.toString(),
                  stock: String(editing.item.stock),
                  perResidentLimit: String(editing.item.perResidentLimit),
                  acceptedCities: editing.item.acceptedCities,
                }
              : ({
                  ...blankTexts(),
                  price: "50",
                  stock: "10",
                  perResidentLimit: "1",
                  acceptedCities: [org.cityId],
                } as OfferDraft)
          }
          {...(editing.item ? { editing: { id: editing.item.id } } : {})}
          cities={(cities.data ?? []).map((c) => ({ id: c.id, name: c.name }))}
          busy={busy}
          onSubmit={(v) => void submitOffer(v)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => setEditing({ kind: "offer" })}
        >
          {t("listing.newOffer")}
        </button>
      )}
      <ProposalOutcome done={done} error={error} />
    </section>
  );
}

interface Listed {
  id: number;
  orgId: number;
  status: number;
  meta: Metadata;
}

/** One organization's opportunities or offers, each with its status and, while open, edit and close. */
function ListingList<T extends Listed>(props: {
  query: UseQueryResult<T[]>;
  orgId: number;
  labelledBy: string;
  empty: string;
  testId: string;
  busy: boolean;
  detail: (item: T) => string;
  onEdit: (item: T) => void;
  onClose: (item: T) => void;
}) {
  const { t, locale } = useI18n();
  const titleOf = (item: T) => localized(item.meta.title, locale) || `#${item.id}`;
  return (
    <QueryState
      query={props.query}
      empty={props.empty}
      isEmpty={(all) => !all.some((item) => item.orgId === props.orgId)}
    >
      {(all) => (
        <ul className="cards" aria-labelledby={props.labelledBy}>
          {all
            .filter((item) => item.orgId === props.orgId)
            .map((item) => (
              <li key={item.id} className="card" data-testid={props.testId}>
                <p className="card-title">
                  {titleOf(item)}{" "}
                  <span className={item.status === 1 ? "badge ok" : "badge"}>
                    {item.status === 1 ? t("listing.open") : t("listing.closed")}
                  </span>
                </p>
                <p className="muted">{props.detail(item)}</p>
                {item.status === 1 ? (
                  <div className="actions">
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={props.busy}
                      onClick={() => props.onEdit(item)}
                    >
                      {t("listing.edit")}
                      <span className="visually-hidden"> {titleOf(item)}</span>
                    </button>
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={props.busy}
                      onClick={() => props.onClose(item)}
                    >
                      {t("listing.close")}
                      <span className="visually-hidden"> {titleOf(item)}</span>
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
        </ul>
      )}
    </QueryState>
  );
}
