/** Shown while the stored result loads (large articles take a moment to send). */
export default function ReviewLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6" role="status">
      <p className="text-muted">Loading the review…</p>
    </div>
  );
}
