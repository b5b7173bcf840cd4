/**
 * The public metadata the seed publishes, in the SDK's versioned metadata format (sdk/src/metadata.ts):
 * category and unit codes, title and description in the city's language. `encodeMetadata` validates
 * each document against the format's JSON Schema and throws before anything is proposed.
 */
import { METADATA_VERSION, encodeMetadata } from "@citysync/sdk";

import type { CityPlan, OfferPlan, OpportunityPlan, OrganizationPlan } from "./pilot-data.ts";

function texts(city: CityPlan, title: string, description: string) {
  return { title: { [city.language]: title }, description: { [city.language]: description } };
}

export function organizationMetadata(org: OrganizationPlan, city: CityPlan): string {
  return encodeMetadata(
    { version: METADATA_VERSION, ...texts(city, org.name, org.description), category: org.category },
    "organization",
  );
}

export function opportunityMetadata(p: OpportunityPlan, city: CityPlan): string {
  return encodeMetadata(
    {
      version: METADATA_VERSION,
      ...texts(city, p.title, p.description),
      category: p.category,
      unit: p.unit,
      place: p.place,
    },
    "opportunity",
  );
}

export function offerMetadata(p: OfferPlan, city: CityPlan): string {
  return encodeMetadata(
    {
      version: METADATA_VERSION,
      ...texts(city, p.title, p.description),
      category: p.category,
      place: p.place,
    },
    "offer",
  );
}
