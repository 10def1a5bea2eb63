interface ViewNotesProps {
  notes: string[];
}

/** What the URL asked for but could not be shown (a newer link, a period the data lacks). */
export function ViewNotes({ notes }: ViewNotesProps) {
  if (notes.length === 0) return null;
  return (
    <div role="status" className="rp-panel border-warn p-3 text-sm dark:border-night-warn">
      <ul className="list-inside list-disc space-y-1">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
