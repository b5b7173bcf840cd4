import { QueryClient } from "@tanstack/react-query";

/**
 * Whether a failed read is worth one more try: not when no data service is configured, nor when
 * the API refused the request itself (4xx other than 429): the same request would fail again.
 * Errors are told apart by name so the app's entry does not load the API client.
 */
function worthRetrying(failures: number, error: unknown): boolean {
  const { name, status } = error as { name?: string; status?: number };
  if (name === "ApiNotConfiguredError") return false;
  if (name === "ApiRequestError" && status !== undefined && status < 500 && status !== 429) return false;
  return failures < 1;
}

/**
 * The one query cache of the app: public pages read the API through it, and the wallet stack
 * (wagmi, loaded later) shares it, so a write can invalidate the lists it changed.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: worthRetrying, refetchOnWindowFocus: false } },
});
