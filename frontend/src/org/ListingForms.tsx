import { type FormEvent, useId, useState } from "react";

import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { FormField } from "./FormField.tsx";
import {
  CATEGORY_CODES,
  type FieldErrors,
  type OfferDraft,
  type OfferValue,
  type OpportunityDraft,
  type OpportunityValue,
  type TextDraft,
  UNIT_CODES,
  checkOffer,
  checkOpportunity,
} from "./listing-form.ts";
import { categoryLabel, unitLabel } from "../i18n/codes.ts";

type Setter<D> = <K extends keyof D>(field: K, value: D[K]) => void;

/** Titles, descriptions (English and Spanish), category, place and the window: shared by both forms. */
function TextFields<D extends TextDraft>({
  id,
  draft,
  set,
  errors,
}: {
  id: string;
  draft: D;
  set: Setter<D>;
  errors: FieldErrors<D>;
}) {
  const { t } = useI18n();
  const e = errors as FieldErrors<TextDraft>;
  const text = (field: "titleEn" | "titleEs" | "descriptionEn" | "descriptionEs", label: MessageKey) => {
    const lang = field.endsWith("En") ? "en" : "es";
    const long = field.startsWith("description");
    return (
      <FormField id={`${id}-${field}`} label={t(label)} error={e[field]}>
        {(control) =>
          long ? (
            <textarea
              {...control}
              lang={lang}
              rows={2}
              value={draft[field]}
              onChange={(ev) => set(field, ev.target.value as D[typeof field])}
            />
          ) : (
            <input
              {...control}
              lang={lang}
              value={draft[field]}
              onChange={(ev) => set(field, ev.target.value as D[typeof field])}
            />
          )
        }
      </FormField>
    );
  };
  return (
    <>
      {text("titleEn", "listing.titleEn")}
      {text("titleEs", "listing.titleEs")}
      {text("descriptionEn", "listing.descriptionEn")}
      {text("descriptionEs", "listing.descriptionEs")}
      <FormField id={`${id}-category`} label={t("listing.category")} error={e.category}>
        {(control) => (
          <select
            {...control}
            value={draft.category}
            onChange={(ev) => set("category", ev.target.value as D["category"])}
          >
            <option value="">{t("listing.choose")}</option>
            {CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-place`} label={t("listing.place")} error={e.place}>
        {(control) => (
          <input
            {...control}
            value={draft.place}
            onChange={(ev) => set("place", ev.target.value as D["place"])}
          />
        )}
      </FormField>
      <FormField id={`${id}-start`} label={t("listing.start")} error={e.start}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={draft.start}
            onChange={(ev) => set("start", ev.target.value as D["start"])}
          />
        )}
      </FormField>
      <FormField id={`${id}-end`} label={t("listing.end")} error={e.end}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={draft.end}
            onChange={(ev) => set("end", ev.target.value as D["end"])}
          />
        )}
      </FormField>
    </>
  );
}

function useDraft<D>(initial: D) {
  const [draft, setDraft] = useState(initial);
  const set: Setter<D> = (field, value) => setDraft((d) => ({ ...d, [field]: value }));
  return [draft, set] as const;
}

/** Publishes a new opportunity, or edits one when `editing` (its rate is then fixed). */
export function OpportunityForm({
  initial,
  editing,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: OpportunityDraft;
  editing?: { id: number; used: bigint; creditsPerUnit: number };
  busy: boolean;
  onSubmit: (value: OpportunityValue) => void;
  onCancel?: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const [draft, set] = useDraft(initial);
  const [errors, setErrors] = useState<FieldErrors<OpportunityDraft>>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkOpportunity(draft, editing);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(checked.value);
  }
  const title = editing ? t("listing.editOpportunity", { id: editing.id }) : t("listing.newOpportunity");
  return (
    <form className="card listing-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`}>{title}</h4>
      <TextFields id={id} draft={draft} set={set} errors={errors} />
      <FormField id={`${id}-unit`} label={t("listing.unit")} error={errors.unit}>
        {(control) => (
          <select {...control} value={draft.unit} onChange={(ev) => set("unit", ev.target.value)}>
            <option value="">{t("listing.choose")}</option>
            {UNIT_CODES.map((u) => (
              <option key={u} value={u}>
                {unitLabel(t, u)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-rate`}
        label={t("listing.creditsPerUnit")}
        hint={editing ? t("listing.rateFixed") : undefined}
        error={errors.creditsPerUnit}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            readOnly={Boolean(editing)}
            value={editing ? String(editing.creditsPerUnit) : draft.creditsPerUnit}
            onChange={(ev) => set("creditsPerUnit", ev.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-capacity`}
        label={t("listing.capacity")}
        hint={editing ? t("listing.capacityUsed", { used: formatNumber(editing.used) }) : undefined}
        error={errors.capacity}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={draft.capacity}
            onChange={(ev) => set("capacity", ev.target.value)}
          />
        )}
      </FormField>
      <FormErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {editing ? t("listing.proposeUpdate") : t("listing.proposePublish")}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("listing.cancelEdit")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Publishes a new offer, or edits one when `editing` (its limit and cities are then fixed). */
export function OfferForm({
  initial,
  editing,
  cities,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: OfferDraft;
  editing?: { id: number };
  cities: readonly { id: number; name: string }[];
  busy: boolean;
  onSubmit: (value: OfferValue) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, set] = useDraft(initial);
  const [errors, setErrors] = useState<FieldErrors<OfferDraft>>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkOffer(draft, Boolean(editing));
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(checked.value);
  }
  const title = editing ? t("listing.editOffer", { id: editing.id }) : t("listing.newOffer");
  return (
    <form className="card listing-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h4 id={`${id}-title`}>{title}</h4>
      <TextFields id={id} draft={draft} set={set} errors={errors} />
      <FormField id={`${id}-price`} label={t("listing.price")} error={errors.price}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={draft.price}
            onChange={(ev) => set("price", ev.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-stock`}
        label={editing ? t("listing.remainingStock") : t("listing.stock")}
        error={errors.stock}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={draft.stock}
            onChange={(ev) => set("stock", ev.target.value)}
          />
        )}
      </FormField>
      {editing ? null : (
        <>
          <FormField
            id={`${id}-limit`}
            label={t("listing.perResidentLimit")}
            hint={t("listing.perResidentLimitHint")}
            error={errors.perResidentLimit}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={draft.perResidentLimit}
                onChange={(ev) => set("perResidentLimit", ev.target.value)}
              />
            )}
          </FormField>
          <fieldset
            className="field"
            aria-describedby={errors.acceptedCities ? `${id}-cities-error` : undefined}
          >
            <legend>{t("listing.acceptedCities")}</legend>
            {cities.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.acceptedCities.includes(c.id)}
                  onChange={(ev) =>
                    set(
                      "acceptedCities",
                      ev.target.checked
                        ? [...draft.acceptedCities, c.id]
                        : draft.acceptedCities.filter((x) => x !== c.id),
                    )
                  }
                />{" "}
                {c.name}
              </label>
            ))}
            {errors.acceptedCities ? (
              <p id={`${id}-cities-error`} className="field-error">
                {t(errors.acceptedCities)}
              </p>
            ) : null}
          </fieldset>
        </>
      )}
      <FormErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {editing ? t("listing.proposeUpdate") : t("listing.proposePublish")}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("listing.cancelEdit")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A summary announced on submit: how many fields to fix, and a problem of the whole form. */
function FormErrors({ errors }: { errors: Readonly<Record<string, MessageKey | undefined>> }) {
  const { t, formatNumber } = useI18n();
  const fields = Object.keys(errors).filter((k) => k !== "form" && errors[k]).length;
  if (fields === 0 && !errors.form) return null;
  return (
    <div role="alert" className="state state-error">
      {fields > 0 ? <p>{t("listing.fixFields", { count: formatNumber(fields) })}</p> : null}
      {errors.form ? <p>{t(errors.form)}</p> : null}
    </div>
  );
}
