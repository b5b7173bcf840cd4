import { useEffect, useRef, useState } from "react";

import { useI18n } from "../i18n/I18nProvider.tsx";

/** Scans QR codes with the camera (qr-scanner, loaded on demand) and hands each text over. */
export default function QrScan({ onText, onClose }: { onText: (text: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let scanner: { start: () => Promise<void>; destroy: () => void } | undefined;
    let cancelled = false;
    void import("qr-scanner").then(async ({ default: QrScanner }) => {
      if (cancelled || !video.current) return;
      scanner = new QrScanner(video.current, (result) => onText(result.data), {
        returnDetailedScanResult: true,
      });
      await scanner.start().catch(() => setFailed(true));
    });
    return () => {
      cancelled = true;
      scanner?.destroy();
    };
  }, [onText]);
  return (
    <div className="card">
      {failed ? (
        <p role="alert">{t("org.cameraUnavailable")}</p>
      ) : (
        <video ref={video} className="scanner" muted playsInline />
      )}
      <button type="button" className="button secondary" onClick={onClose}>
        {t("org.stopScan")}
      </button>
    </div>
  );
}
