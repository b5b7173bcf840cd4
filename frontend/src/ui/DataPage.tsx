import type { ComponentProps } from "react";

import { FreshnessBanner } from "./FreshnessBanner.tsx";
import { Page } from "./Page.tsx";

/** A page that shows the API's data: a page that warns when that data may be old. */
export function DataPage({ children, ...page }: ComponentProps<typeof Page>) {
  return (
    <Page {...page}>
      <FreshnessBanner />
      {children}
    </Page>
  );
}
