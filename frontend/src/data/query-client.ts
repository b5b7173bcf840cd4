import { QueryClient } from "@tanstack/react-query";

/**
 * The one query cache of the app: public pages read the API through it, and the wallet stack
 * (wagmi, loaded later) shares it, so a write can invalidate the lists it changed.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
