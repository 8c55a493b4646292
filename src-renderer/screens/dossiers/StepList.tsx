/**
 * The row of numbered steps above a flow (dossier, feedback) and the heading naming the current
 * one. `names` are already translated; `progress` is the heading ("Step 2 of 5: Documents").
 */
export function StepList({ names, index, label, progress }: { names: readonly string[]; index: number; label: string; progress: string }) {
  return (
    <>
      <ol className="dossier-steps" aria-label={label}>
        {names.map((name, i) => (
          <li
            key={name}
            className={`dossier-steps__item${i === index ? ' dossier-steps__item--current' : ''}${i < index ? ' dossier-steps__item--done' : ''}`}
            aria-current={i === index ? 'step' : undefined}
          >
            <span className="dossier-steps__n">{i + 1}</span>
            <span className="dossier-steps__name">{name}</span>
          </li>
        ))}
      </ol>
      <h2 className="dossier-step__title">{progress}</h2>
    </>
  );
}
