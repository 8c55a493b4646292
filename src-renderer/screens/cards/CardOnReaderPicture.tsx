/** A card held flat over a contactless reader, with the field's waves: what to do, without words. */
export function CardOnReaderPicture() {
  return (
    <svg className="chip-picture" viewBox="0 0 240 170" role="img" aria-hidden="true" data-testid="chip-picture">
      <rect x="40" y="112" width="160" height="46" rx="10" fill="#37474f" />
      <rect x="56" y="122" width="128" height="8" rx="4" fill="#90a4ae" />
      <circle cx="120" cy="146" r="5" fill="#66bb6a" />
      <path d="M92 100 q28 -14 56 0" fill="none" stroke="#1e88e5" strokeWidth="4" strokeLinecap="round" />
      <path d="M80 92 q40 -22 80 0" fill="none" stroke="#1e88e5" strokeWidth="4" strokeLinecap="round" opacity="0.6" />
      <g transform="rotate(-8 120 50)">
        <rect x="58" y="14" width="124" height="76" rx="8" fill="#fff8e1" stroke="#c62828" strokeWidth="3" />
        <rect x="70" y="30" width="26" height="34" rx="3" fill="#bcaaa4" />
        <rect x="104" y="30" width="64" height="6" rx="3" fill="#8d6e63" />
        <rect x="104" y="42" width="52" height="6" rx="3" fill="#8d6e63" />
        <rect x="104" y="54" width="58" height="6" rx="3" fill="#8d6e63" />
        <rect x="146" y="66" width="20" height="16" rx="3" fill="#ffca28" stroke="#f9a825" strokeWidth="2" />
      </g>
    </svg>
  );
}
