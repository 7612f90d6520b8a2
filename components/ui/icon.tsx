// Line icons drawn inline, so they render the same with or without emoji fonts.
const PATHS = {
  orders: "M6 3h12v18l-3-2-3 2-3-2-3 2z M9 8h6 M9 12h6",
  dispatch:
    "M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z M12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
  support: "M4 5h16v11H9l-5 4z M8 9.5h8 M8 12.5h5",
  analytics: "M5 20V11 M11 20V5 M17 20v-7 M3 20h18",
  campaigns: "M3 12V3h9l9 9-9 9z M7.5 7.5h.01",
  menu: "M3 11h18a9 9 0 0 1-18 0z M9 7c0-2 1.5-2 1.5-4 M14 7c0-2 1.5-2 1.5-4",
  team: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M2 21v-1a6 6 0 0 1 12 0v1 M16 3.5a4 4 0 0 1 0 7.5 M22 21v-1a6 6 0 0 0-4-5.6",
  settings: "M4 6h9 M17 6h3 M4 12h3 M11 12h9 M4 18h11 M19 18h1 M15 4v4 M9 10v4 M17 16v4",
  approvals: "M9 4h6v3H9z M7 5H5v16h14V5h-2 M8.5 14l2.5 2.5 5-5",
  brand: "M5 8h14l-1.5 12h-11z M9 8V6a3 3 0 0 1 6 0v2",
} as const;

export type IconName = keyof typeof PATHS;

/** A 24×24 stroke icon in the current text colour. */
export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
