import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Renders `children` once its place comes near the viewport (then keeps them): heavy widgets
 * below the fold, such as charts, cost nothing until the reader scrolls to them. The place keeps
 * its size meanwhile (the caller's class), so nothing shifts when they appear.
 */
export function WhenVisible({ children, className }: { children: ReactNode; className?: string }) {
  const place = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (visible || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={place} className={className}>
      {visible ? children : null}
    </div>
  );
}
