/**
 * RainbowKit's connect modal, loaded on demand (its code and styles stay out of the landing
 * page). Mounting it opens the modal; `onClosed` runs once it is dismissed or a wallet connected.
 */
import "@rainbow-me/rainbowkit/styles.css";

import { RainbowKitProvider, lightTheme, useConnectModal } from "@rainbow-me/rainbowkit";
import { useEffect, useRef } from "react";

import type { Locale } from "../i18n/locale.ts";

export default function RainbowConnect({ locale, onClosed }: { locale: Locale; onClosed: () => void }) {
  return (
    <RainbowKitProvider
      locale={locale === "es-MX" ? "es-419" : "en-US"}
      modalSize="compact"
      theme={lightTheme({ accentColor: "#0f5c4d", borderRadius: "medium" })}
      appInfo={{ appName: "City/Sync" }}
    >
      <OpenOnMount onClosed={onClosed} />
    </RainbowKitProvider>
  );
}

function OpenOnMount({ onClosed }: { onClosed: () => void }) {
  const { openConnectModal, connectModalOpen } = useConnectModal();
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current && openConnectModal) {
      opened.current = true;
      openConnectModal();
    }
  }, [openConnectModal]);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (connectModalOpen) wasOpen.current = true;
    else if (wasOpen.current) onClosed();
  }, [connectModalOpen, onClosed]);
  return null;
}
