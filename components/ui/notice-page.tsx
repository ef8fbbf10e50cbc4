import Link from "next/link";
import type { ReactNode } from "react";

export type NoticePageProps = { title: string; children: ReactNode };

/** A short page that tells the reader what happened and leads back to the home page. */
export function NoticePage({ title, children }: NoticePageProps) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-muted">{children}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-accent underline">
          Compare two articles
        </Link>
      </p>
    </div>
  );
}
