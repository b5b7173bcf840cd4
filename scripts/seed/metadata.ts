/** The public metadata the seed publishes for organizations, opportunities and offers. */
import type { CityPlan, OfferPlan, OpportunityPlan, OrganizationPlan } from "./pilot-data.ts";
import { metadataJson } from "./pilot-data.ts";

export function organizationMetadata(org: OrganizationPlan, city: CityPlan): string {
  return metadataJson({ name: org.name, description: org.description, language: city.language });
}

export function opportunityMetadata(p: OpportunityPlan, city: CityPlan): string {
  return metadataJson({
    title: p.title,
    description: p.description,
    category: p.category,
    place: p.place,
    unit: p.unit,
    language: city.language,
  });
}

export function offerMetadata(p: OfferPlan, city: CityPlan): string {
  return metadataJson({
    title: p.title,
    description: p.description,
    category: p.category,
    place: p.place,
    language: city.language,
  });
}
